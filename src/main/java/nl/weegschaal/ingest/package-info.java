/** Ingest: streaming, restartable readers for the exports, and the columnar response table. */
@NullMarked
package nl.weegschaal.ingest;

import org.jspecify.annotations.NullMarked;
