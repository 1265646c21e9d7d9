package nl.weegschaal.job;

import java.nio.file.Path;
import nl.weegschaal.compare.CatalogChanges;
import nl.weegschaal.publish.catalog.ChangeSource;
import nl.weegschaal.publish.catalog.WaveCatalog;
import nl.weegschaal.publish.catalog.WaveInfo;
import nl.weegschaal.spec.WaveSpec;

/**
 * The wave catalogs as the program uses them: with the change computation of {@code compare} and the default
 * wait for another process. The one place that wires them, for the wave job, {@code run} of a wave already
 * done, and the {@code waves} commands.
 */
public final class WaveCatalogs {
    /** The changes between consecutive waves: {@code compare}'s, overlapping samples included. */
    static final ChangeSource CHANGES = new CatalogChanges();

    private WaveCatalogs() {
    }

    /** The catalog file {@code file}. */
    public static WaveCatalog at(Path file) {
        return new WaveCatalog(file, CHANGES, WaveCatalog.DEFAULT_WAIT);
    }

    /** The catalog of {@code spec}'s output folder. */
    public static WaveCatalog of(WaveSpec spec) {
        return at(WaveCatalog.fileIn(spec.outputDir()));
    }

    /** What the catalog records of {@code spec}'s wave. */
    public static WaveInfo info(WaveSpec spec) {
        return new WaveInfo(spec.wave(), spec.survey(), spec.fieldworkFrom(), spec.fieldworkTo());
    }
}
