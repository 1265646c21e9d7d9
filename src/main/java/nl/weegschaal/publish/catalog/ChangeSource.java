package nl.weegschaal.publish.catalog;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;

/**
 * Computes the {@code changes} rows between two consecutive waves of the catalog; the catalog asks it for every
 * pair of consecutive waves that a registration or removal creates or touches, inside that transaction.
 * The comparison itself is {@code compare}'s; this interface lets the catalog call it without depending on it.
 */
@FunctionalInterface
public interface ChangeSource {
    /** Computes no changes (the {@code changes} table stays empty). */
    ChangeSource NONE = (from, to, catalog) -> List.of();

    /**
     * The changes of every proportion cell in both waves, from {@code from} to {@code to}.
     *
     * @param catalog the catalog's connection, in the registration's transaction: the schemas
     *                {@link CatalogWave#schemaName()} hold copies of both waves' tables (the result files
     *                themselves may have moved since they were registered)
     */
    List<Change> between(CatalogWave from, CatalogWave to, Connection catalog) throws SQLException;
}
