package db.migration;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Locale;

import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;

/**
 * agency module: an agency has at most one active officer, whatever runs at the same time (two instances, two
 * redemptions of one invite). PostgreSQL gets a partial unique index; H2, which has none, a unique index on a
 * computed column that holds the agency only while the officer is active. Should an agency have two active
 * officers already, the newer one stays active.
 */
public class V20_1__one_active_officer_per_agency extends BaseJavaMigration {

    @Override
    public void migrate(Context context) throws SQLException {
        Connection connection = context.getConnection();
        boolean postgres = connection.getMetaData().getDatabaseProductName().toLowerCase(Locale.ROOT)
                .contains("postgres");
        try (Statement statement = connection.createStatement()) {
            statement.execute("UPDATE officer SET status = 'REPLACED', ended_at = CURRENT_TIMESTAMP"
                    + " WHERE status = 'ACTIVE' AND EXISTS (SELECT 1 FROM officer newer"
                    + " WHERE newer.agency_id = officer.agency_id AND newer.status = 'ACTIVE' AND newer.id > officer.id)");
            if (postgres) {
                statement.execute("CREATE UNIQUE INDEX officer_one_active_per_agency ON officer (agency_id)"
                        + " WHERE status = 'ACTIVE'");
            } else {
                statement.execute("ALTER TABLE officer ADD COLUMN active_agency_id BIGINT"
                        + " GENERATED ALWAYS AS (CASE WHEN status = 'ACTIVE' THEN agency_id END)");
                statement.execute("CREATE UNIQUE INDEX officer_one_active_per_agency ON officer (active_agency_id)");
            }
        }
    }
}
