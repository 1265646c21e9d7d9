package nl.weegschaal.strata;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.jspecify.annotations.Nullable;

/**
 * One edition of the SBI (CBS Standaard Bedrijfsindeling), e.g. {@code sbi-2008}, with the NACE Rev. 2 hierarchy it
 * is derived from, as shipped in the classification file {@code nl/weegschaal/strata/<edition>.csv}. Which editions
 * there are is said by {@code editions.txt} beside it, so that a later edition is a new file, not new code.
 *
 * <p>An edition's codes are read once, when first asked for, and kept (they are immutable): a job classifies only
 * distinct values, but many jobs and tests ask for it.
 */
public final class SbiEdition {
    /** The edition a job spec gets when it names none. */
    public static final String DEFAULT = "sbi-2008";

    private static final Map<String, SbiEdition> LOADED = new ConcurrentHashMap<>();

    private final String name;
    private final String title;
    private @Nullable Hierarchy hierarchy;

    /** The codes of the file by code, and the codes below each code in order. */
    private record Hierarchy(Map<String, SbiCode> codes, Map<String, List<SbiCode>> children) {
        static Hierarchy of(List<SbiCode> codes) {
            Map<String, SbiCode> byCode = new LinkedHashMap<>();
            Map<String, List<SbiCode>> byParent = new HashMap<>();
            for (SbiCode code : codes) {
                byCode.put(code.code(), code);
                if (code.parent() != null) {
                    byParent.computeIfAbsent(code.parent(), p -> new ArrayList<>()).add(code);
                }
            }
            byParent.replaceAll((parent, list) -> List.copyOf(list));
            return new Hierarchy(byCode, byParent);
        }
    }

    private SbiEdition(String name, String title) {
        this.name = name;
        this.title = title;
    }

    /**
     * The edition's codes, read from its file when first asked for: a spec names its edition, but only a
     * run that derives strata looks codes up, and a {@code status} or a run that is done already does not.
     */
    private synchronized Hierarchy hierarchy() {
        if (hierarchy == null) {
            hierarchy = Hierarchy.of(SbiEditionFile.codes(name));
        }
        return hierarchy;
    }

    /**
     * The edition with this name, as written in a job spec ({@code sbi-2008}).
     *
     * @throws IllegalArgumentException naming the editions there are, if there is none by this name
     */
    public static SbiEdition named(String name) {
        Map<String, String> editions = Editions.ALL;
        String title = editions.get(name.strip());
        if (title == null) {
            throw new IllegalArgumentException("unknown SBI edition '" + name + "'; known: "
                    + String.join(", ", editions.keySet()));
        }
        return LOADED.computeIfAbsent(name.strip(), n -> new SbiEdition(n, title));
    }

    /** The names {@link #named} knows, e.g. {@code [sbi-2008]}. */
    public static List<String> names() {
        return List.copyOf(Editions.ALL.keySet());
    }

    /** The name in job specs: {@code sbi-2008}. */
    public String name() {
        return name;
    }

    /** The name in messages: {@code SBI 2008}. */
    public String title() {
        return title;
    }

    /** Every code of the file (SBI, NACE or both), sections first, each followed by what lies below it. */
    public List<SbiCode> codes() {
        return List.copyOf(hierarchy().codes().values());
    }

    /** The code of the file with these digits (or this section letter), whether the SBI has it or only NACE. */
    public Optional<SbiCode> find(String code) {
        return Optional.ofNullable(hierarchy().codes().get(code));
    }

    /** Whether this SBI edition has the code (a NACE code that the SBI does not use is not). */
    public boolean has(String code) {
        SbiCode found = hierarchy().codes().get(code);
        return found != null && found.inSbi();
    }

    /** The codes one level below this one that the SBI has, in order; empty for a subclass or unknown code. */
    public List<SbiCode> sbiChildren(String code) {
        return hierarchy().children().getOrDefault(code, List.of()).stream().filter(SbiCode::inSbi).toList();
    }

    /** The code and its ancestors up to the section, most specific first; empty if the file lacks it. */
    public List<SbiCode> path(String code) {
        List<SbiCode> path = new ArrayList<>();
        Map<String, SbiCode> codes = hierarchy().codes();
        for (SbiCode at = codes.get(code); at != null; at = at.parent() == null ? null : codes.get(at.parent())) {
            path.add(at);
        }
        return path;
    }

    /** {@code editions.txt}, read when first needed. */
    private static final class Editions {
        static final Map<String, String> ALL = java.util.Collections.unmodifiableMap(SbiEditionFile.editions());
    }

    @Override
    public String toString() {
        return name;
    }
}
