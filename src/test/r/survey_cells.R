# Shared by the scripts that compute test-oracle reference files with R's survey
# package (make_references.R, make_agency_reference.R): number and CSV formats,
# and the estimation of every cell as the reference README describes it.
# Sourced, not run by itself; expects library(survey) and LEVEL to be set.

csort <- function(x) sort(unique(x), method = "radix")   # C-locale order

fmt_num <- function(x) {
  out <- sprintf("%.17g", x)
  out[is.na(x)] <- "NA"                                   # NA and NaN
  out
}

q <- function(x) paste0("\"", gsub("\"", "\"\"", x, fixed = TRUE), "\"")

# Every column as text; strings quoted; missing = empty unquoted field.
write_text_csv <- function(df, path) {
  cols <- lapply(df, function(col) {
    col <- as.character(col)
    ifelse(is.na(col), "", q(col))
  })
  lines <- c(paste(q(names(df)), collapse = ","),
             do.call(paste, c(cols, sep = ",")))
  writeLines(lines, path, useBytes = TRUE)
}

# Strings quoted, numbers with 17 significant digits (as write.csv of apistrat).
write_mixed_csv <- function(df, path) {
  cols <- lapply(df, function(col) {
    if (is.numeric(col)) fmt_num(col) else ifelse(is.na(col), "NA", q(col))
  })
  lines <- c(paste(q(names(df)), collapse = ","),
             do.call(paste, c(cols, sep = ",")))
  writeLines(lines, path, useBytes = TRUE)
}

write_weights <- function(ids, w, path) {
  write_mixed_csv(data.frame(id = ids, weight = as.numeric(w),
                             stringsAsFactors = FALSE), path)
}

expit <- function(x) 1 / (1 + exp(-x))

# Diagnostics collected while estimating, printed at the end.
diag_env <- new.env()
diag_env$logit_gap <- data.frame()
diag_env$logit_warnings <- character()
diag_env$zero_weight_notes <- 0

# What to estimate for a categorical variable: who answered it, and per
# observed level (C-locale order) the indicator of that level.
categorical_target <- function(data, v) {
  answered <- !is.na(data[[v]])
  levels <- lapply(csort(data[[v]][answered]), function(lev)
    list(level = lev, y = answered & data[[v]] %in% lev))
  list(variable = v, answered = answered, levels = levels)
}

# One row per target x level x (total + each domain value).
# design: the full design of `method`; data: its data (same row order);
# targets: list(variable, answered = logical, levels = list(list(level, y)))
# where y is the level's 0/1 indicator (FALSE where not answered);
# variables: names of categorical variables, estimated at their observed levels.
estimate_cells <- function(design, data, variables = character(), domains, method,
                           case_name, exact_rake = NULL,
                           targets = lapply(variables, function(v) categorical_target(data, v))) {
  alpha <- 1 - LEVEL
  rows <- list()
  for (target in targets) {
    v <- target$variable
    answered <- target$answered
    doms <- list(c("_total", "_total"))
    for (dv in domains)
      for (val in csort(data[[dv]][!is.na(data[[dv]])]))
        doms[[length(doms) + 1]] <- c(dv, val)
    for (dd in doms) {
      in_dom <- if (dd[1] == "_total") rep(TRUE, nrow(data)) else
        (!is.na(data[[dd[1]]]) & data[[dd[1]]] == dd[2])
      in_s <- in_dom & answered
      n_d <- sum(in_s)
      if (n_d == 0) next                       # nobody answered: no rows
      for (target_level in target$levels) {
        lev <- target_level$level
        y <- target_level$y
        # indicator; 0 for non-respondents (they are outside S, weight 0 or dropped)
        design$variables$ind_ <- as.numeric(y)
        sub <- design[in_s, ]                  # = subset(design, domain & !is.na(v))
        m <- svymean(~ind_, sub, deff = TRUE)
        p <- unname(coef(m)[1])
        se <- unname(sqrt(vcov(m)[1, 1]))
        deff <- unname(attr(m, "deff")[1, 1])
        df <- degf(sub)
        count_lev <- sum(in_s & y)
        w_final <- weights(design)
        wcount <- sum(w_final[in_s] * y[in_s])
        degenerate <- count_lev == 0 || count_lev == n_d
        if (degenerate) {
          p <- if (count_lev == 0) 0 else 1
          wcount <- if (count_lev == 0) 0 else wcount
          logit <- c(p, p); beta <- c(NA, NA); deff <- NA
          source <- "degenerate"
        } else {
          z <- qt(1 - alpha / 2, df)
          closed <- expit(qlogis(p) + c(-1, 1) * z * se / (p * (1 - p)))
          warn <- character()
          ci <- withCallingHandlers(
            tryCatch(as.numeric(attr(svyciprop(~ind_, sub, method = "logit",
                                               level = LEVEL), "ci")),
                     error = function(e) { warn <<- c(warn, conditionMessage(e)); c(NaN, NaN) }),
            warning = function(w) {
              msg <- conditionMessage(w)
              # glm's usual note for calibrated subsets (zero weights outside
              # the domain): expected, not a failure of the fit
              if (grepl("observations with zero weight not used", msg, fixed = TRUE))
                diag_env$zero_weight_notes <- diag_env$zero_weight_notes + 1
              else warn <<- c(warn, msg)
              invokeRestart("muffleWarning") })
          gap <- max(abs(ci - closed))
          diag_env$logit_gap <- rbind(diag_env$logit_gap, data.frame(
            case = case_name, method = method, variable = v, level = lev,
            domain = paste(dd, collapse = "="), n_d = n_d, p = p,
            svy_low = ci[1], svy_high = ci[2], closed_low = closed[1],
            closed_high = closed[2], gap = gap, stringsAsFactors = FALSE))
          if (length(warn))
            diag_env$logit_warnings <- c(diag_env$logit_warnings, paste(
              case_name, method, v, lev, paste(dd, collapse = "="), ":",
              paste(unique(warn), collapse = "; ")))
          if (is.finite(gap) && gap <= 1e-7) {
            logit <- ci; source <- "svyciprop"
          } else {
            # svyciprop's glm fit failed or diverged: use the closed form
            # (methodology.md) and say so.
            logit <- closed; source <- "closed_form"
          }
          # Korn-Graubard with n_d - 1 in the first t quantile (methodology.md)
          n_eff <- p * (1 - p) / se^2 *
            (qt(alpha / 2, n_d - 1) / qt(alpha / 2, df))^2
          beta <- c(qbeta(alpha / 2, n_eff * p, n_eff * (1 - p) + 1),
                    qbeta(1 - alpha / 2, n_eff * p + 1, n_eff * (1 - p)))
        }
        if (!is.null(exact_rake))
          exact_rake(v, lev, y, dd, in_s, p, se, degenerate)
        rows[[length(rows) + 1]] <- data.frame(
          variable = v, level = lev, domain_var = dd[1], domain_value = dd[2],
          n_unweighted = n_d, weighted_count = wcount, estimate = p, se = se,
          ci_wald_low = p - 1.96 * se, ci_wald_high = p + 1.96 * se,
          ci_logit_low = logit[1], ci_logit_high = logit[2],
          ci_beta_low = beta[1], ci_beta_high = beta[2], deff = deff,
          df = df, design_nrow = n_d, ci_logit_source = source,
          method = method, stringsAsFactors = FALSE)
      }
    }
  }
  do.call(rbind, rows)
}

