package nl.weegschaal.ingest;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Which columns of a response file the run uses.
 *
 * @param idColumn      the respondent id column, or null to identify respondents by record number
 * @param strataColumns the columns whose combination is the stratum
 * @param variables     the categorical variables to estimate
 * @param domains       the domain variables (subpopulations) besides the total
 */
public record ResponseSchema(@Nullable String idColumn, List<String> strataColumns, List<String> variables,
                             List<String> domains) {
    public ResponseSchema {
        strataColumns = List.copyOf(strataColumns);
        variables = List.copyOf(variables);
        domains = List.copyOf(domains);
    }

    /** Variables and domains, each once: the columns to encode. */
    public List<String> categoricalColumns() {
        LinkedHashSet<String> columns = new LinkedHashSet<>(variables);
        columns.addAll(domains);
        return List.copyOf(columns);
    }

    /** Every column the file must have. */
    public List<String> requiredColumns() {
        List<String> required = new ArrayList<>();
        if (idColumn != null) {
            required.add(idColumn);
        }
        required.addAll(strataColumns);
        for (String c : categoricalColumns()) {
            if (!required.contains(c)) {
                required.add(c);
            }
        }
        return required;
    }
}
