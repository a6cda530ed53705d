package id.humas.hub.e2e;

import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * This {@code @SpringBootTest} class runs its application on the local PostgreSQL instead of its in-memory H2
 * database; see {@link PostgresSwitch}, which does the same for every such class under
 * {@code -Dhumas.test.db=postgres} (Maven: {@code -Ppostgres}).
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Inherited
public @interface OnPostgres {
}
