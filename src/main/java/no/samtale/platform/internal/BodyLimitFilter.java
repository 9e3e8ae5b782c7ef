package no.samtale.platform.internal;

import java.io.IOException;
import java.util.List;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpStatus;
import org.springframework.http.server.PathContainer;
import org.springframework.util.unit.DataSize;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.pattern.PathPattern;
import org.springframework.web.util.pattern.PathPatternParser;

import no.samtale.platform.Problems;

/**
 * Bounds what one request body may take: a declared {@code Content-Length} over the limit is answered 413 before
 * a byte is read, and a body without one (chunked) is counted while it is read and fails at the limit. Uploads
 * (multipart) get the upload limit; every other body the limit of its path, or the default for JSON.
 */
final class BodyLimitFilter extends OncePerRequestFilter {

	record PathLimit(PathPattern pattern, DataSize limit) {

		static PathLimit of(String pattern, DataSize limit) {
			return new PathLimit(PathPatternParser.defaultInstance.parse(pattern), limit);
		}

	}

	private final DataSize defaultLimit;

	private final DataSize uploadLimit;

	private final List<PathLimit> paths;

	private final ProblemWriter problems;

	BodyLimitFilter(DataSize defaultLimit, DataSize uploadLimit, List<PathLimit> paths, ProblemWriter problems) {
		this.defaultLimit = defaultLimit;
		this.uploadLimit = uploadLimit;
		this.paths = paths;
		this.problems = problems;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		long limit = limitFor(request);
		long declared = request.getContentLengthLong();
		if (declared > limit) {
			tooLarge(request, response, limit);
			return;
		}
		chain.doFilter(declared < 0 ? new CountingRequest(request, limit) : request, response);
	}

	void tooLarge(HttpServletRequest request, HttpServletResponse response, long limit) throws IOException {
		// The rest of the body is not read; the connection closes after the answer.
		response.setHeader("Connection", "close");
		problems.write(request, response, HttpStatus.CONTENT_TOO_LARGE, Problems.PAYLOAD_TOO_LARGE, "Content too large",
				"The request body is larger than the " + limit + " bytes this address takes", null);
	}

	long limitFor(HttpServletRequest request) {
		String type = request.getContentType();
		if (type != null && type.regionMatches(true, 0, "multipart/", 0, 10)) {
			return uploadLimit.toBytes();
		}
		PathContainer path = PathContainer.parsePath(request.getRequestURI());
		for (PathLimit candidate : paths) {
			if (candidate.pattern().matches(path)) {
				return candidate.limit().toBytes();
			}
		}
		return defaultLimit.toBytes();
	}

	/** Raised while reading a body without a length once it passes the limit; answered 413 by the advice. */
	static final class BodyTooLargeException extends IOException {

		BodyTooLargeException(long limit) {
			super("The request body is larger than the " + limit + " bytes this address takes");
		}

	}

	private static final class CountingRequest extends HttpServletRequestWrapper {

		private final long limit;

		private ServletInputStream stream;

		CountingRequest(HttpServletRequest request, long limit) {
			super(request);
			this.limit = limit;
		}

		@Override
		public ServletInputStream getInputStream() throws IOException {
			if (stream == null) {
				stream = new CountingStream(super.getInputStream(), limit);
			}
			return stream;
		}

	}

	private static final class CountingStream extends ServletInputStream {

		private final ServletInputStream in;

		private final long limit;

		private long count;

		CountingStream(ServletInputStream in, long limit) {
			this.in = in;
			this.limit = limit;
		}

		@Override
		public int read() throws IOException {
			int b = in.read();
			if (b >= 0) {
				counted(1);
			}
			return b;
		}

		@Override
		public int read(byte[] buffer, int offset, int length) throws IOException {
			int n = in.read(buffer, offset, length);
			if (n > 0) {
				counted(n);
			}
			return n;
		}

		private void counted(int n) throws IOException {
			count += n;
			if (count > limit) {
				throw new BodyTooLargeException(limit);
			}
		}

		@Override
		public boolean isFinished() {
			return in.isFinished();
		}

		@Override
		public boolean isReady() {
			return in.isReady();
		}

		@Override
		public void setReadListener(ReadListener listener) {
			in.setReadListener(listener);
		}

	}

}
