package nl.weegschaal.spec;

import java.util.List;

/** A level the publication uses that combines plain levels, e.g. {@code hoog_of_redelijk}. */
public record DerivedLevel(String code, String nl, String en, List<String> of) {
    public DerivedLevel {
        of = List.copyOf(of);
    }
}
