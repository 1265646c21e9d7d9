package nl.weegschaal.strata;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * One edition of the SBI (CBS Standaard Bedrijfsindeling), e.g. {@code sbi-2008}, with the NACE Rev. 2 hierarchy it
 * is derived from, as shipped in the classification file {@code nl/weegschaal/strata/<edition>.csv}. Which editions
 * there are is said by {@code editions.txt} beside it, so that a later edition is a new file, not new code.
 *
 * <p>An edition is read once and kept (it is immutable): a job classifies only distinct values, but many jobs and
 * tests ask for it.
 */
public final class SbiEdition {
    /** The edition a job spec gets when it names none. */
    public static final String DEFAULT = "sbi-2008";

    private static final Map<String, SbiEdition> LOADED = new ConcurrentHashMap<>();

    private final String name;
    private final String title;
    private final Map<String, SbiCode> codes;
    private final Map<String, List<SbiCode>> children;

    private SbiEdition(String name, String title, List<SbiCode> codes) {
        this.name = name;
        this.title = title;
        Map<String, SbiCode> byCode = new LinkedHashMap<>();
        Map<String, List<SbiCode>> byParent = new HashMap<>();
        for (SbiCode code : codes) {
            byCode.put(code.code(), code);
            if (code.parent() != null) {
                byParent.computeIfAbsent(code.parent(), p -> new ArrayList<>()).add(code);
            }
        }
        this.codes = byCode;
        byParent.replaceAll((parent, list) -> List.copyOf(list));
        this.children = byParent;
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
        return LOADED.computeIfAbsent(name.strip(), n -> new SbiEdition(n, title, SbiEditionFile.codes(n)));
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
        return List.copyOf(codes.values());
    }

    /** The code of the file with these digits (or this section letter), whether the SBI has it or only NACE. */
    public Optional<SbiCode> find(String code) {
        return Optional.ofNullable(codes.get(code));
    }

    /** Whether this SBI edition has the code (a NACE code that the SBI does not use is not). */
    public boolean has(String code) {
        SbiCode found = codes.get(code);
        return found != null && found.inSbi();
    }

    /** The codes one level below this one that the SBI has, in order; empty for a subclass or unknown code. */
    public List<SbiCode> sbiChildren(String code) {
        return children.getOrDefault(code, List.of()).stream().filter(SbiCode::inSbi).toList();
    }

    /** The code and its ancestors up to the section, most specific first; empty if the file lacks it. */
    public List<SbiCode> path(String code) {
        List<SbiCode> path = new ArrayList<>();
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
