package no.samtale.platform.internal;

import java.io.IOException;
import java.io.Writer;

import org.apache.catalina.Host;
import org.apache.catalina.Valve;
import org.apache.catalina.connector.Request;
import org.apache.catalina.connector.Response;
import org.apache.catalina.valves.ErrorReportValve;

import org.springframework.boot.tomcat.servlet.TomcatServletWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.core.Ordered;
import org.springframework.stereotype.Component;

/**
 * Requests the servlet container refuses before any servlet sees them (a URL or headers over
 * {@code server.max-http-request-header-size}, a NUL in the path) are answered as problem JSON too, not with
 * Tomcat's HTML error page: Tomcat's error report valve is replaced by one that writes problem JSON.
 */
@Component
class ContainerErrors implements WebServerFactoryCustomizer<TomcatServletWebServerFactory>, Ordered {

	@Override
	public void customize(TomcatServletWebServerFactory factory) {
		// After Boot's own customizer, which adds the standard valve to the host.
		factory.addContextCustomizers(context -> {
			Host host = (Host) context.getParent();
			for (Valve valve : host.getPipeline().getValves()) {
				if (valve instanceof ErrorReportValve) {
					host.getPipeline().removeValve(valve);
				}
			}
			host.getPipeline().addValve(new ProblemJsonValve());
			if (host instanceof org.apache.catalina.core.StandardHost standard) {
				standard.setErrorReportValveClass(ProblemJsonValve.class.getName());
			}
		});
	}

	@Override
	public int getOrder() {
		return Ordered.LOWEST_PRECEDENCE;
	}

	/** Writes the status as problem JSON, with the stable type of the status, and nothing of the cause. */
	public static class ProblemJsonValve extends ErrorReportValve {

		public ProblemJsonValve() {
			setShowReport(false);
			setShowServerInfo(false);
		}

		@Override
		protected void report(Request request, Response response, Throwable throwable) {
			int status = response.getStatus();
			if (status < 400 || response.getContentWritten() > 0 || !response.setErrorReported()) {
				return;
			}
			String body = "{\"type\":\"" + StatusProblemTypes.forStatus(status) + "\",\"title\":\"" + title(status)
					+ "\",\"status\":" + status + ",\"detail\":\"" + detail(status) + "\"}";
			try {
				response.setContentType("application/problem+json");
				response.setCharacterEncoding("UTF-8");
				Writer writer = response.getReporter();
				if (writer != null) {
					writer.write(body);
					response.finishResponse();
				}
			}
			catch (IOException | IllegalStateException e) {
				// The client is gone or the response was committed meanwhile: nothing more to say.
			}
		}

		private static String title(int status) {
			org.springframework.http.HttpStatus known = org.springframework.http.HttpStatus.resolve(status);
			return known == null ? "Error" : known.getReasonPhrase();
		}

		private static String detail(int status) {
			return status == 400 ? "The request line or its headers cannot be read: too long, or holding a character"
					+ " a request may not hold" : status >= 500 ? "Something went wrong on our side" : title(status);
		}

	}

}
