package nl.weegschaal.launch;

import java.nio.file.Path;
import java.util.List;
import nl.weegschaal.WeegschaalException;
import nl.weegschaal.OutputException;
import nl.weegschaal.publish.StorageFailure;
import org.jspecify.annotations.Nullable;

/** What a failure of a run is, in the terms the command line reports: a named error, a storage failure. */
public final class Failures {
    private Failures() {
    }

    /** The named error (written for the user) in {@code failure} or its causes, outermost first; null if none. */
    public static @Nullable WeegschaalException named(Throwable failure) {
        return cause(failure, WeegschaalException.class);
    }

    /** The first of {@code failure} and its causes, outermost first, that is a {@code type}. */
    public static <T extends Throwable> @Nullable T cause(Throwable failure, Class<T> type) {
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (type.isInstance(t)) {
                return type.cast(t);
            }
        }
        return null;
    }

    /**
     * The storage failure (disk full, read-only, no permission) behind {@code e}, naming
     * {@code outputDir} when the failure itself names no file; otherwise {@code e} as it is.
     */
    public static Exception storage(Exception e, @Nullable Path outputDir) {
        WeegschaalException named = named(e);
        // a named input error that mentions permissions is about reading an input, not about the output
        StorageFailure storage = named == null || named instanceof OutputException
                ? StorageFailure.in(List.of(e), outputDir) : null;
        return storage != null ? storage : e;
    }
}
