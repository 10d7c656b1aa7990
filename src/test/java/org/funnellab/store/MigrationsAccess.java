package org.funnellab.store;

import java.sql.Connection;
import java.sql.SQLException;

/** Lets tests outside the store package write a workspace of an older schema with that schema's own scripts. */
public final class MigrationsAccess {
    private MigrationsAccess() {
    }

    public static void applyUpTo(Connection c, int version) throws SQLException {
        Migrations.apply(c, 0, version);
    }
}
