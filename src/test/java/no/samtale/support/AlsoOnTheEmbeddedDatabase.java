package no.samtale.support;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.junit.jupiter.api.Tag;

/**
 * The whole suite runs on PostgreSQL, the production database. A test class marked with this also runs in the
 * focused pass on the embedded H2 default (start-up, every migration and the demo data, which any context start
 * covers, and one flow per module), so `java -jar` on a fresh machine stays honest without paying for every test
 * twice. Mark a class when it is its module's representative flow or exercises something H2 does differently.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Tag(AlsoOnTheEmbeddedDatabase.TAG)
public @interface AlsoOnTheEmbeddedDatabase {

	String TAG = "embedded-database";

}
