package nl.weegschaal.publish.duckdb;

import java.util.List;

/**
 * The SQL of the {@code tables} and {@code weight_summary} views. {@code tables} has one row per
 * published cell (a variable's level or option, in the total or one value of a breakdown): the question
 * and answer in Dutch and English, the answer's place in the codebook ({@code answer_order}), whether it
 * is a derived category (the sum of plain levels, not to be added to them), the breakdown's and its
 * value's names and order, the percentage, its standard error and its intervals in percentage points
 * (the published interval, {@code publication.interval}, as {@code ci_low}/{@code ci_high}; also the
 * Korn-Graubard, logit and Wald bounds), and the respondents.
 */
final class TablesView {
    private TablesView() {
    }

    /**
     * @param optional the optional {@code estimates} columns the result has (reliability, its reason,
     *                 statistic); with {@code statistic}, only the proportions are cells of {@code tables}
     */
    static String sql(List<String> optional) {
        StringBuilder extra = new StringBuilder();
        for (String column : optional) {
            if (!column.equals("statistic")) {
                extra.append(", e.").append(column);
            }
        }
        String proportions = optional.contains("statistic") ? "WHERE e.statistic = 'proportion' " : "";
        return "CREATE VIEW tables AS WITH questions AS (SELECT variable, any_value(type) AS question_type, "
                + "any_value(question) AS question_nl, any_value(question_en) AS question_en, "
                + "row_number() OVER (ORDER BY min(rowid)) AS question_order FROM codebook GROUP BY variable) "
                + "SELECT e.variable, q.question_order, q.question_nl, q.question_en, q.question_type, "
                + "e.level AS answer, coalesce(c.label_nl, e.level) AS answer_nl, coalesce(c.label_en, e.level) "
                + "AS answer_en, c.position AS answer_order, coalesce(c.kind = 'derived', false) AS derived, "
                + "c.combines AS derived_from, coalesce(c.dont_know, false) AS dont_know, "
                + "e.domain_var AS breakdown, coalesce(b.breakdown_nl, e.domain_var) AS breakdown_nl, "
                + "coalesce(b.breakdown_en, e.domain_var) AS breakdown_en, b.breakdown_order, e.domain_value, "
                + "coalesce(b.domain_nl, e.domain_value) AS domain_nl, coalesce(b.domain_en, e.domain_value) AS domain_en, "
                + "b.domain_order, 100 * e.estimate AS pct, 100 * e.se AS se_pct, 100 * e.ci_lower AS ci_low, "
                + "100 * e.ci_upper AS ci_high, 100 * e.ci_beta_low AS ci_kg_low, 100 * e.ci_beta_high AS ci_kg_high, "
                + "100 * e.ci_logit_low AS ci_logit_low, "
                + "100 * e.ci_logit_high AS ci_logit_high, 100 * e.ci_wald_low AS ci_wald_low, "
                + "100 * e.ci_wald_high AS ci_wald_high, e.n_unweighted AS n, e.weighted_count, e.deff, e.df"
                + extra + " FROM estimates e LEFT JOIN questions q USING (variable) "
                + "LEFT JOIN codebook c ON c.variable = e.variable AND c.level = e.level "
                + "LEFT JOIN breakdowns b ON b.breakdown = e.domain_var AND b.domain_value = e.domain_value "
                + proportions + "ORDER BY q.question_order, b.breakdown_order, b.domain_order, c.position";
    }

    /**
     * {@code numeric_tables}: one row per total, mean and ratio of a numeric question, in its unit (not in
     * percent): the question, the unit in Dutch and English, the statistic, the breakdown's and value's
     * names and order, the estimate, its standard error and Wald interval, the respondents with a value,
     * their weighted count, the design effect, the degrees of freedom and the reliability.
     */
    static String numericSql() {
        return "CREATE VIEW numeric_tables AS WITH questions AS (SELECT variable, any_value(question) AS question_nl, "
                + "any_value(question_en) AS question_en, any_value(label_nl) AS unit_nl, any_value(label_en) AS unit_en, "
                + "min(rowid) AS question_order FROM codebook WHERE type = 'numeric' GROUP BY variable) "
                + "SELECT e.variable, e.statistic, q.question_nl, q.question_en, q.unit_nl, q.unit_en, "
                + "e.domain_var AS breakdown, coalesce(b.breakdown_nl, e.domain_var) AS breakdown_nl, "
                + "coalesce(b.breakdown_en, e.domain_var) AS breakdown_en, b.breakdown_order, e.domain_value, "
                + "coalesce(b.domain_nl, e.domain_value) AS domain_nl, coalesce(b.domain_en, e.domain_value) AS domain_en, "
                + "b.domain_order, e.estimate, e.se, e.ci_wald_low, e.ci_wald_high, e.n_unweighted AS n, "
                + "e.weighted_count, e.deff, e.df, e.reliability, e.reliability_reason FROM estimates e "
                + "LEFT JOIN questions q ON q.variable = e.variable "
                + "LEFT JOIN breakdowns b ON b.breakdown = e.domain_var AND b.domain_value = e.domain_value "
                + "WHERE e.statistic <> 'proportion' ORDER BY q.question_order NULLS LAST, e.variable, "
                + "b.breakdown_order, b.domain_order, e.statistic DESC";
    }

    /** {@code weight_summary}: {@code weight_diagnostics} with the breakdown's and value's names and order. */
    static String weightSummarySql() {
        return "CREATE VIEW weight_summary AS SELECT d.domain_var AS breakdown, coalesce(b.breakdown_nl, d.domain_var) "
                + "AS breakdown_nl, b.breakdown_order, d.domain_value, coalesce(b.domain_nl, d.domain_value) AS domain_nl, "
                + "coalesce(b.domain_en, d.domain_value) AS domain_en, b.domain_order, d.respondents, d.sum_of_weights, "
                + "d.min_weight, d.median_weight, d.max_weight, d.cv, d.kish_deff, d.effective_n, d.largest_weight_strata "
                + "FROM weight_diagnostics d LEFT JOIN breakdowns b ON b.breakdown = d.domain_var "
                + "AND b.domain_value = d.domain_value ORDER BY b.breakdown_order, b.domain_order";
    }
}
