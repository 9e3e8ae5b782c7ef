package no.samtale;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.scheduling.annotation.EnableAsync;

/** Samtale: one deployable service whose top-level packages are Spring Modulith modules. */
@SpringBootApplication
@ConfigurationPropertiesScan
@EnableAsync
public class SamtaleApplication {

	public static void main(String[] args) {
		SpringApplication application = new SpringApplication(SamtaleApplication.class);
		StartupSteps.recordIfAsked(application);
		application.run(args);
	}

}
