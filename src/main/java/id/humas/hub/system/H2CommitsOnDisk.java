package id.humas.hub.system;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.SQLException;

import javax.sql.DataSource;

import org.h2.engine.SessionLocal;
import org.h2.jdbc.JdbcConnection;
import org.h2.jdbcx.JdbcDataSource;
import org.h2.mvstore.MVStore;
import org.h2.mvstore.db.Store;
import org.springframework.jdbc.datasource.DelegatingDataSource;

/**
 * Connections to an embedded H2 file database whose {@code commit()} returns only when the commit is in the file.
 * H2 does that by itself only with {@code WRITE_DELAY=0}, which also keeps H2's background thread from starting,
 * and that thread is what rewrites mostly dead chunks and closes the gaps in the file: without it the file grows
 * without bound while the rows stay few. With this, {@link DurableH2} leaves the delay at H2's default and the
 * thread on, and each commit is written out here, as {@code WRITE_DELAY=0} would.
 */
final class H2CommitsOnDisk {

    private H2CommitsOnDisk() {
    }

    /** The pool's source of physical connections to {@code url}. */
    static DataSource dataSource(String url) {
        JdbcDataSource h2 = new JdbcDataSource();
        h2.setURL(url);
        return new DelegatingDataSource(h2) {
            @Override
            public Connection getConnection() throws SQLException {
                return committingToDisk(super.getConnection());
            }

            @Override
            public Connection getConnection(String username, String password) throws SQLException {
                return committingToDisk(super.getConnection(username, password));
            }
        };
    }

    static Connection committingToDisk(Connection physical) {
        return (Connection) Proxy.newProxyInstance(H2CommitsOnDisk.class.getClassLoader(),
                new Class<?>[] {Connection.class}, (proxy, method, args) -> {
                    switch (method.getName()) {
                        case "equals":
                            return proxy == args[0];
                        case "hashCode":
                            return System.identityHashCode(proxy);
                        default:
                            break;
                    }
                    Object result;
                    try {
                        result = method.invoke(physical, args);
                    } catch (InvocationTargetException failed) {
                        throw failed.getCause();
                    }
                    if ("commit".equals(method.getName()) && method.getParameterCount() == 0) {
                        writeToFile(physical);
                    }
                    return result;
                });
    }

    /** Writes what is committed in memory to the file and waits until it is there. */
    private static void writeToFile(Connection physical) throws SQLException {
        if (!(physical instanceof JdbcConnection h2) || !(h2.getSession() instanceof SessionLocal session)) {
            return;
        }
        Store store = session.getDatabase().getStore();
        if (store == null) {
            return;
        }
        MVStore file = store.getMvStore();
        try {
            if (file.isPersistent() && !file.isClosed() && file.commit() < 0) {
                // Nothing was left to write: H2's own thread took this commit, and may still be writing it.
                file.executeFilestoreOperation(() -> { });
            }
        } catch (RuntimeException notWritten) {
            throw new SQLException("Committed, but not written to the database file", notWritten);
        }
    }
}
