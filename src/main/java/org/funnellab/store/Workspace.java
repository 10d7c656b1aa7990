package org.funnellab.store;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Optional;

/**
 * One workspace: one SQLite file. Opening creates the file when missing and migrates an older schema
 * to {@link #LATEST_VERSION}, after copying the file to {@code <name>.backup-v<old>-<timestamp>.sqlite};
 * a file written by a newer FunnelLab is refused, as is an SQLite file that is not a workspace.
 *
 * <p>One connection serves reads and writes. It is not for concurrent use: the application runs workspace work on
 * one background executor at a time. While an {@link ImportTransaction} is open, queries, settings and the import
 * history refuse to run rather than read the import's uncommitted rows.
 */
public final class Workspace implements AutoCloseable {
    public static final int LATEST_VERSION = Migrations.LATEST;

    /**
     * How SQLite journals writes. ROLLBACK (the default) writes each page of a big import once; WAL writes it twice
     * (log, then checkpoint) in exchange for readers that never wait for a writer.
     */
    public enum JournalMode { ROLLBACK, WAL }

    /** The page cache of a workspace connection, as PRAGMA cache_size (negative: KiB). */
    static final int CACHE_KIB = -32768;

    private static final DateTimeFormatter BACKUP_STAMP = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss");

    private final Path file;
    private final Connection connection;
    private final Settings settings;
    private final Path backup;

    private Workspace(Path file, Connection connection, Path backup) {
        this.file = file;
        this.connection = connection;
        this.settings = new Settings(connection);
        this.backup = backup;
    }

    /** Opens (creating or migrating) the workspace file with the default journal mode. */
    public static Workspace open(Path file) {
        return open(file, JournalMode.ROLLBACK);
    }

    public static Workspace open(Path file, JournalMode journal) {
        Path absolute = file.toAbsolutePath();
        Connection c = null;
        try {
            if (absolute.getParent() != null) {
                Files.createDirectories(absolute.getParent());
            }
            c = connect(absolute);
            try (Statement st = c.createStatement()) {
                st.execute("PRAGMA busy_timeout = 5000");
            }
            // Nothing is written before the file is known to be a workspace this version may change: a journal-mode
            // switch would rewrite the header of a newer workspace or of another program's WAL database.
            int version = checkVersion(c, absolute);
            try (Statement st = c.createStatement()) {
                // Only takes effect on a new, empty file. 16 KiB pages: a million-lead import issues a quarter of
                // the page writes of the 4 KiB default, and summaries and indexes are read in long runs anyway.
                st.execute("PRAGMA page_size = 16384");
                st.execute("PRAGMA foreign_keys = ON");
                st.execute(journal == JournalMode.WAL ? "PRAGMA journal_mode = WAL" : "PRAGMA journal_mode = DELETE");
                st.execute("PRAGMA synchronous = NORMAL");
                // 32 MiB page cache (2,048 pages) for the queries; an import lowers it while it runs
                st.execute("PRAGMA cache_size = " + CACHE_KIB);
            }
            Path backup = migrate(c, absolute, version);
            return new Workspace(absolute, c, backup);
        } catch (SQLException e) {
            closeQuietly(c);
            throw new WorkspaceException(SqliteErrors.kind(e), absolute,
                    "Cannot open the workspace: " + SqliteErrors.describe(e, absolute), e);
        } catch (java.io.IOException e) {
            closeQuietly(c);
            throw new WorkspaceException(WorkspaceException.Kind.CANNOT_OPEN, absolute, "Cannot open the workspace "
                    + absolute + ": its folder cannot be created (" + ioReason(e) + ")", e);
        } catch (RuntimeException e) {
            closeQuietly(c);
            throw e;
        }
    }

    /**
     * A connection to exactly this file. The path goes to SQLite as a {@code file:} URI with every special character
     * escaped, so a name holding {@code ?} or {@code #} is a file name, not connection options.
     */
    static Connection connect(Path absolute) throws SQLException {
        String uri = absolute.toUri().getRawPath();
        java.util.Properties props = new java.util.Properties();
        props.setProperty("open_mode", String.valueOf(0x02 | 0x04 | 0x40)); // READWRITE | CREATE | URI
        return DriverManager.getConnection("jdbc:sqlite:file:" + uri, props);
    }

    private static String ioReason(java.io.IOException e) {
        if (e instanceof java.nio.file.AccessDeniedException) {
            return "permission denied";
        }
        if (e instanceof java.nio.file.FileSystemException fs && fs.getReason() != null) {
            return fs.getReason();
        }
        return e.getMessage() == null ? "an input/output error" : e.getMessage();
    }

    /**
     * True when {@code file} is a workspace of an older schema that opening will upgrade (a backup copy first, then the
     * move — a minute for a million leads). Reads the file without changing it; false for a missing file, a current or
     * newer workspace, or a file that is not one (opening says why).
     */
    public static boolean needsUpgrade(Path file) {
        if (!Files.isRegularFile(file)) {
            return false;
        }
        org.sqlite.SQLiteConfig config = new org.sqlite.SQLiteConfig();
        config.setReadOnly(true);
        try (Connection c = config.createConnection("jdbc:sqlite:" + file.toAbsolutePath())) {
            int version = intQuery(c, "PRAGMA user_version");
            return version > 0 && version < LATEST_VERSION;
        } catch (SQLException e) {
            return false;
        }
    }

    /** The file's schema version, refusing (unchanged) a newer workspace or an SQLite file that is not a workspace. */
    private static int checkVersion(Connection c, Path file) throws SQLException {
        int version = intQuery(c, "PRAGMA user_version");
        if (version > LATEST_VERSION) {
            throw new WorkspaceException(WorkspaceException.Kind.NEWER_VERSION, file, "The workspace "
                    + file.getFileName() + " was saved by a newer FunnelLab"
                    + " (schema version " + version + "; this version reads up to " + LATEST_VERSION
                    + "). Open it with a newer FunnelLab; the file was not changed.", null);
        }
        int tables = intQuery(c, "SELECT count(*) FROM sqlite_schema WHERE type = 'table'");
        if (version == 0 && tables > 0) {
            throw new WorkspaceException(WorkspaceException.Kind.NOT_A_WORKSPACE, file, "The file "
                    + file.getFileName() + " is an SQLite database but not a FunnelLab workspace; it was not changed.",
                    null);
        }
        return version;
    }

    private static Path migrate(Connection c, Path file, int version) throws SQLException {
        if (version == LATEST_VERSION) {
            return null;
        }
        Path backup = null;
        if (version > 0) {
            backup = backupPath(file, version);
            Path partial = backup.resolveSibling(backup.getFileName() + ".partial");
            try {
                Files.deleteIfExists(partial);
                try (var ps = c.prepareStatement("VACUUM INTO ?")) {
                    ps.setString(1, partial.toString());
                    ps.executeUpdate();
                }
                Files.move(partial, backup);
            } catch (SQLException | java.io.IOException e) {
                deleteQuietly(partial);
                String why = e instanceof SQLException se ? SqliteErrors.describe(se, null) : ioReason((java.io.IOException) e);
                throw new WorkspaceException(WorkspaceException.Kind.UPGRADE_FAILED, file, "Cannot upgrade workspace "
                        + file.getFileName() + " from schema version " + version
                        + ": the backup copy could not be written (" + why + "); the file was not changed.", e);
            }
        }
        boolean auto = c.getAutoCommit();
        c.setAutoCommit(false);
        try {
            Migrations.apply(c, version, LATEST_VERSION);
            if (version > 0) {
                // every summary is rebuilt from the leads after an upgrade: a migration that adds or changes one
                // must not leave it empty or stale for the rows already there
                LeadSummary.rebuildAll(c);
            }
            c.commit();
        } catch (SQLException | RuntimeException e) {
            try {
                c.rollback();
            } catch (SQLException ignored) {
                // SQLite may have rolled back on its own (disk full); the upgrade's own error is the one to report
            }
            deleteQuietly(backup);
            String why = e instanceof SQLException se ? SqliteErrors.describe(se, null) : SqliteErrors.describe(e);
            throw new WorkspaceException(WorkspaceException.Kind.UPGRADE_FAILED, file, "Cannot upgrade workspace "
                    + file.getFileName() + " from schema version " + version + ": " + why
                    + ". The file was not changed.", e);
        } finally {
            c.setAutoCommit(auto);
        }
        if (version > 0 && version < Migrations.COMPACT_LEADS) {
            // the rows moved to the compact table leave the old table's pages free: give them back to the disk
            try (Statement st = c.createStatement()) {
                st.execute("VACUUM");
            } catch (SQLException e) {
                // the upgrade is committed; an uncompacted file is only bigger (Save as… compacts it)
            }
        }
        return backup;
    }

    private static void deleteQuietly(Path p) {
        if (p != null) {
            try {
                Files.deleteIfExists(p);
            } catch (java.io.IOException ignored) {
                // a copy of an unchanged file; leaving it is harmless
            }
        }
    }

    static Path backupPath(Path file, int oldVersion) {
        String name = file.getFileName().toString();
        String stem = name.endsWith(".sqlite") ? name.substring(0, name.length() - ".sqlite".length()) : name;
        String stamp = LocalDateTime.now().format(BACKUP_STAMP);
        Path candidate = file.resolveSibling(stem + ".backup-v" + oldVersion + "-" + stamp + ".sqlite");
        for (int i = 2; Files.exists(candidate); i++) {
            candidate = file.resolveSibling(stem + ".backup-v" + oldVersion + "-" + stamp + "-" + i + ".sqlite");
        }
        return candidate;
    }

    /**
     * Refuses work on a connection an open import owns: it would read (or write into) the import's uncommitted
     * transaction, from another thread than the import's.
     */
    static void ensureNoImportRunning(Connection c) {
        try {
            if (!c.getAutoCommit()) {
                throw new IllegalStateException("An import is running in this workspace; wait until it ends");
            }
        } catch (SQLException e) {
            throw new WorkspaceException("The workspace is closed", e);
        }
    }

    static int intQuery(Connection c, String sql) throws SQLException {
        try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery(sql)) {
            return rs.next() ? rs.getInt(1) : 0;
        }
    }

    private static void closeQuietly(Connection c) {
        if (c != null) {
            try {
                c.close();
            } catch (SQLException ignored) {
                // the open already failed; that error is the one to report
            }
        }
    }

    public Path file() {
        return file;
    }

    /** The copy taken before this open migrated the file, if it did. */
    public Optional<Path> backupTakenOnOpen() {
        return Optional.ofNullable(backup);
    }

    public int schemaVersion() {
        try {
            return intQuery(connection, "PRAGMA user_version");
        } catch (SQLException e) {
            throw new WorkspaceException(SqliteErrors.kind(e), null,
                    "Cannot read the workspace version: " + SqliteErrors.describe(e), e);
        }
    }

    public Settings settings() {
        return settings;
    }

    /** Starts an import: everything written through the returned transaction commits or rolls back as one. */
    public ImportTransaction begin(ImportBatchInfo batch) {
        return ImportTransaction.begin(connection, batch);
    }

    /** Read-side queries for metrics and charts. */
    public FunnelQueries queries() {
        return new FunnelQueries(connection);
    }

    /** Past imports and their rejected rows. */
    public ImportHistory importHistory() {
        return new ImportHistory(connection);
    }

    /**
     * The source row lead {@code leadId} (its row id) was last imported from: line, column names and cells exactly as
     * read; empty when the lead has none (generated data).
     */
    public Optional<SourceRows.Record> sourceRow(long leadId) {
        try {
            return Optional.ofNullable(SourceRows.read(connection, leadId));
        } catch (SQLException e) {
            throw new WorkspaceException(SqliteErrors.kind(e), null,
                    "Cannot read the source row of lead " + leadId + ": " + SqliteErrors.describe(e), e);
        }
    }

    /** Every lead with CRM id {@code externalId} (one per source system) and the file row it was imported from. */
    public List<SourceRows.Found> findLead(String externalId) {
        try {
            return SourceRows.find(connection, externalId);
        } catch (SQLException e) {
            throw new WorkspaceException(SqliteErrors.kind(e), null,
                    "Cannot look lead " + externalId + " up: " + SqliteErrors.describe(e), e);
        }
    }

    /** The saved what-if scenarios. */
    public ScenarioStore scenarios() {
        return new ScenarioStore(connection);
    }

    /** The user's named import mappings. */
    public SavedMappings savedMappings() {
        return new SavedMappings(connection);
    }

    /**
     * Writes a consistent, compacted copy of this workspace to {@code target} (File → Save as). The target must not
     * exist; this workspace stays open and unchanged.
     */
    public void saveCopyTo(Path target) {
        Path abs = target.toAbsolutePath();
        if (Files.exists(abs)) {
            throw new WorkspaceException("Cannot save a copy: " + abs + " already exists");
        }
        try (java.sql.PreparedStatement ps = connection.prepareStatement("VACUUM INTO ?")) {
            if (abs.getParent() != null) {
                Files.createDirectories(abs.getParent());
            }
            ps.setString(1, abs.toString());
            ps.execute();
            // source rows no lead points at any more (replaced by later imports) are left out of the copy
            try (Connection copy = DriverManager.getConnection("jdbc:sqlite:" + abs);
                 Statement st = copy.createStatement()) {
                copy.setAutoCommit(false);
                int dropped = SourceRows.dropUnused(copy);
                copy.commit();
                copy.setAutoCommit(true);
                if (dropped > 0) {
                    st.execute("VACUUM");
                }
            }
        } catch (SQLException | java.io.IOException e) {
            throw new WorkspaceException(SqliteErrors.kind(e), null,
                    "Cannot save a copy of the workspace to " + abs + ": " + SqliteErrors.describe(e), e);
        }
    }

    Connection connection() {
        return connection;
    }

    @Override
    public void close() {
        try {
            if (!connection.isClosed()) {
                if (!connection.getAutoCommit()) {
                    connection.rollback();
                }
                connection.close();
            }
        } catch (SQLException e) {
            throw new WorkspaceException("Cannot close workspace " + file, e);
        }
    }
}
