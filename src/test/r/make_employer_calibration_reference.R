# Test-oracle reference for weigh --calibrate on a data set made after the engine, for a check from
# outside: a synthetic employer survey, calibrated with R's survey.
#
# Population: 6 sectors x 3 size classes (18 strata), every establishment with its number of
# employees from the register (skewed: a long tail in 50+). A stratified SRS of 1,460
# establishments: stratum B x 50+ keeps one (lonely), J x 50+ is a census (n_h = N_h, certainty).
# Per respondent:
#   id, sector, size_class (the design), legal_form (a third stratum-like column, not used),
#   region (a domain outside the design: Caribisch has 3 respondents, one of them the lonely unit;
#           one respondent has no region), employees (register, never missing),
#   categorical: vac_expected (ja/nee), employment (daalt/gelijk/stijgt), bottleneck (4 levels, one
#           rare and absent from Caribisch), all with item nonresponse (empty cells);
#   numeric: vacancies, jobs_lost, trained (whole numbers, many zeros, item nonresponse; in
#           Caribisch one respondent gave jobs_lost and nobody gave trained).
# Cases (cases.csv): calibrate(design, ~ size_class + employees) with linear (unbounded, bounded),
# raking (unbounded, bounded), logit (bounded); logit bounded on ~ sector + size_class + employees;
# linear unbounded under survey.lonely.psu = "remove" (all others "adjust"); linear unbounded on
# ~ sector + size_class + employees to an employees total 15% low (totals_low.csv): negative weights
# (svyciprop's svyglm refuses negative weights: where it does, the logit interval is not cross-checked). epsilon = 1e-14,
# maxit = 100.
# Cells (estimates.csv), per case, for the total, every size_class and every region, each as the
# design subset design[domain & answered, ] of the calibrated design (checked against svyby):
#   proportion: svymean(deff = TRUE) of each observed level's indicator; Wald p -/+ 1.96 se; logit
#               closed form expit(logit(p) -/+ qt(0.975, df) se / (p (1 - p))), checked against
#               svyciprop(method = "logit"); Korn-Graubard with n_d - 1 in the first t quantile
#               (as make_greg_estimates_reference.R); NA where p is 0 or 1, se 0 or df < 1;
#   total, mean: svytotal / svymean (deff = TRUE, na.rm = TRUE) of vacancies, jobs_lost, trained,
#               employees;
#   ratio:      svyratio(~jobs_lost, ~employees).
# n = respondents in the cell, weighted_count = their sum of weights, df = degf(subset).
#
# Writes src/test/resources/reference/employer_calibration/:
#   responses.csv, frame.csv          the input of weigh (every response column text)
#   totals.csv, totals_sector.csv,    the calibration totals as weigh reads them
#   totals_low.csv
#   cases.csv                         case, totals, calfun, lower, upper, lonely_psu, weights (the
#                                     case's column in weights.csv)
#   weights.csv                       id, then the weight of each case (linear_remove: see linear)
#   estimates.csv                     case, statistic, variable, level, domain_var, domain_value, n,
#                                     weighted_count, estimate, se, deff, df, wald_low/high,
#                                     logit_low/high, beta_low/high
#
# Run from the repository root:   Rscript src/test/r/make_employer_calibration_reference.R
# Deterministic (RNGkind and set.seed below).

suppressPackageStartupMessages(library(survey))
OUT <- file.path("src", "test", "resources", "reference", "employer_calibration")
dir.create(OUT, recursive = TRUE, showWarnings = FALSE)
LEVEL <- 0.95
alpha <- 1 - LEVEL
fmt <- function(x) { x <- as.numeric(x); ifelse(is.finite(x), sprintf("%.17g", x), "NA") }
q <- function(x) paste0("\"", gsub("\"", "\"\"", x, fixed = TRUE), "\"")
csort <- function(x) sort(unique(x[!is.na(x)]), method = "radix")
expit <- function(x) 1 / (1 + exp(-x))
write_text_csv <- function(df, path) {
  cols <- lapply(df, function(col) { col <- as.character(col); ifelse(is.na(col), "", q(col)) })
  writeLines(c(paste(q(names(df)), collapse = ","), do.call(paste, c(cols, sep = ","))), path, useBytes = TRUE)
}

RNGkind("Mersenne-Twister", "Inversion", "Rejection")
set.seed(20250611)

# ---- population and sample ------------------------------------------------------------------
sectors <- c("B", "C", "F", "G", "J", "Q")
sizes <- c("2-9", "10-49", "50+")
frame <- expand.grid(size_class = sizes, sector = sectors, stringsAsFactors = FALSE)[, c("sector", "size_class")]
frame$N <- c(900, 150, 12,   6000, 1500, 400,   9000, 1200, 150,
             15000, 2500, 300,   4000, 600, 9,   5000, 1800, 500)
n_h <- c(60, 30, 1,   150, 90, 60,   160, 80, 40,   200, 100, 50,   100, 60, 9,   120, 90, 60)
employees_of <- function(size, k) switch(size,
  "2-9" = 2L + pmin(7L, rgeom(k, 0.35)),
  "10-49" = 10L + pmin(39L, as.integer(floor(rexp(k, 1 / 9)))),
  "50+" = 50L + as.integer(floor(rlnorm(k, 4, 1))))
pop <- do.call(rbind, lapply(seq_len(nrow(frame)), function(h)
  data.frame(stratum = h, employees = employees_of(frame$size_class[h], frame$N[h]))))
d <- do.call(rbind, lapply(seq_len(nrow(frame)), function(h) {
  units <- pop[pop$stratum == h, ]
  units[sample(nrow(units), n_h[h]), , drop = FALSE]
}))
d$sector <- frame$sector[d$stratum]
d$size_class <- frame$size_class[d$stratum]
nr <- nrow(d)
d$id <- sprintf("E%05d", sample(nr) + 20000)
pick <- function(levels, p) sample(levels, 1, prob = p)
d$legal_form <- vapply(d$size_class, function(s) pick(c("bv", "eenmanszaak", "vof", "overig"),
  switch(s, "2-9" = c(.3, .4, .2, .1), "10-49" = c(.7, .1, .1, .1), "50+" = c(.85, 0, .05, .1))), "")
d$region <- vapply(d$sector, function(s) pick(c("Noord", "Oost", "West", "Zuid"),
  switch(s, B = c(.4, .3, .1, .2), C = c(.2, .3, .2, .3), F = c(.25, .25, .25, .25), G = c(.1, .2, .5, .2),
         J = c(.05, .15, .65, .15), Q = c(.2, .3, .3, .2))), "")
lonely <- which(d$sector == "B" & d$size_class == "50+")
carib <- c(lonely, which(d$sector == "G" & d$size_class == "2-9")[1], which(d$sector == "Q" & d$size_class == "10-49")[1])
d$region[carib] <- "Caribisch"
d$region[which(d$sector == "C" & d$size_class == "2-9")[2]] <- NA
e <- d$employees
d$vac_expected <- ifelse(runif(nr) < plogis(-1.2 + 0.5 * log(e)), "ja", "nee")
d$employment <- vapply(d$size_class, function(s) pick(c("daalt", "gelijk", "stijgt"),
  switch(s, "2-9" = c(.15, .65, .2), "10-49" = c(.2, .5, .3), "50+" = c(.3, .35, .35))), "")
d$bottleneck <- vapply(d$sector, function(s) pick(c("geen", "personeel", "financiering", "regelgeving"),
  switch(s, B = c(.5, .3, .19, .01), C = c(.4, .4, .18, .02), F = c(.3, .55, .14, .01),
         G = c(.45, .35, .17, .03), J = c(.35, .45, .2, 0), Q = c(.2, .65, .13, .02))), "")
d$bottleneck[carib][d$bottleneck[carib] == "regelgeving"] <- "geen"
d$vacancies <- ifelse(runif(nr) < 0.5, 0L, 1L + rpois(nr, 0.08 * e))
d$jobs_lost <- ifelse(runif(nr) < 0.8, 0L, 1L + rpois(nr, 0.04 * e))
d$trained <- ifelse(runif(nr) < 0.4, 0L, pmin(e, rbinom(nr, e, 0.3)))
miss <- function(p) runif(nr) < p
d$vac_expected[miss(0.04)] <- NA
d$employment[miss(0.06)] <- NA
d$bottleneck[miss(0.10)] <- NA
d$vacancies[miss(0.08)] <- NA
d$jobs_lost[miss(0.10)] <- NA
d$trained[miss(0.12)] <- NA
d$vac_expected[lonely] <- "ja"
d$vacancies[lonely] <- 3L
d$jobs_lost[carib] <- c(NA, 2L, NA)       # one Caribisch respondent gave jobs_lost ...
d$trained[carib] <- NA                    # ... and none gave trained: no trained rows there
d <- d[sample(nr), c("id", "sector", "size_class", "legal_form", "region", "employees", "vac_expected",
                     "employment", "bottleneck", "vacancies", "jobs_lost", "trained")]
rownames(d) <- NULL
write_text_csv(d, file.path(OUT, "responses.csv"))
writeLines(c("sector,size_class,N", paste(frame$sector, frame$size_class, frame$N, sep = ",")),
           file.path(OUT, "frame.csv"))

# the references are computed from the files as written, read back
d <- read.csv(file.path(OUT, "responses.csv"), colClasses = "character", na.strings = "")
for (v in c("employees", "vacancies", "jobs_lost", "trained")) d[[v]] <- as.numeric(d[[v]])
d$stratum_ <- paste(d$sector, d$size_class)
d$N_ <- frame$N[match(d$stratum_, paste(frame$sector, frame$size_class))]
stopifnot(!anyNA(d$N_), !anyNA(d$employees))

# ---- calibration totals ---------------------------------------------------------------------
total_employees <- sum(pop$employees)
size_totals <- tapply(frame$N, frame$size_class, sum)[sizes]
sector_totals <- tapply(frame$N, frame$sector, sum)[sectors]
# totals_low.csv: an employees total 15% below the register's (as if from another year), so that
# unbounded linear calibration makes some weights negative
low_employees <- round(0.85 * total_employees)
totals_rows <- function(with_sector, employees = total_employees) {
  rows <- c("variable,level,total")
  if (with_sector) rows <- c(rows, paste("sector", sectors, sector_totals, sep = ","))
  c(rows, paste("size_class", sizes, size_totals, sep = ","), paste0("employees,,", employees))
}
writeLines(totals_rows(FALSE), file.path(OUT, "totals.csv"))
writeLines(totals_rows(TRUE), file.path(OUT, "totals_sector.csv"))
writeLines(totals_rows(TRUE, low_employees), file.path(OUT, "totals_low.csv"))
population_for <- function(formula, employees = total_employees) {
  mm <- model.matrix(formula, d)
  pop_d <- data.frame(sector = frame$sector[pop$stratum], size_class = frame$size_class[pop$stratum],
                      employees = pop$employees)
  out <- colSums(model.matrix(formula, pop_d))[colnames(mm)]
  out["employees"] <- employees
  out
}

cases <- data.frame(
  case = c("linear", "linear_bounded", "raking", "raking_bounded", "logit_bounded", "logit_sector",
           "linear_remove", "linear_negative"),
  totals = c(rep("totals.csv", 5), "totals_sector.csv", "totals.csv", "totals_low.csv"),
  calfun = c("linear", "linear", "raking", "raking", "logit", "logit", "linear", "linear"),
  lower = c(NA, 0.7, NA, 0.75, 0.7, 0.6, NA, NA),
  upper = c(NA, 1.01, NA, 1.3, 1.02, 1.8, NA, NA),
  lonely_psu = c(rep("adjust", 6), "remove", "adjust"), stringsAsFactors = FALSE)

# ---- cells ----------------------------------------------------------------------------------
gaps <- new.env(); gaps$logit <- 0; gaps$logit_checked <- 0

row_of <- function(case, statistic, variable, level, dvar, dval, sub, est, se, deff, wcount,
                   logit = c(NA, NA), beta = c(NA, NA)) {
  data.frame(case = case, statistic = statistic, variable = variable, level = level,
             domain_var = dvar, domain_value = dval, n = sum(weights(sub) != 0),
             weighted_count = fmt(wcount), estimate = fmt(est), se = fmt(se), deff = fmt(deff),
             df = degf(sub), wald_low = fmt(est - 1.96 * se), wald_high = fmt(est + 1.96 * se),
             logit_low = fmt(logit[1]), logit_high = fmt(logit[2]),
             beta_low = fmt(beta[1]), beta_high = fmt(beta[2]), stringsAsFactors = FALSE)
}

proportion_rows <- function(case, design, v, dvar, dval, keep) {
  vars <- design$variables
  in_s <- keep & !is.na(vars[[v]])
  if (!any(in_s)) return(NULL)
  n_d <- sum(in_s)
  lapply(csort(vars[[v]]), function(lev) {
    design$variables$ind_ <- as.numeric(!is.na(vars[[v]]) & vars[[v]] == lev)
    sub <- design[in_s, ]
    m <- svymean(~ind_, sub, deff = n_d > 1)
    p <- as.numeric(coef(m)); se <- as.numeric(SE(m)); df <- degf(sub)
    deff <- if (n_d > 1) as.numeric(deff(m)) else NA
    logit <- c(NA, NA); beta <- c(NA, NA)
    if (p > 1e-12 && p < 1 - 1e-12 && se > 1e-12 && df >= 1) {
      logit <- expit(qlogis(p) + c(-1, 1) * qt(1 - alpha / 2, df) * se / (p * (1 - p)))
      ci <- tryCatch(suppressWarnings(as.numeric(attr(svyciprop(~ind_, sub, method = "logit", level = LEVEL),
                                                      "ci"))), error = function(e) c(NA, NA))
      if (all(is.finite(ci))) {
        gaps$logit <- max(gaps$logit, abs(ci - logit)); gaps$logit_checked <- gaps$logit_checked + 1
      }
      if (n_d >= 2) {
        n_eff <- p * (1 - p) / se^2 * (qt(alpha / 2, n_d - 1) / qt(alpha / 2, df))^2
        beta <- c(qbeta(alpha / 2, n_eff * p, n_eff * (1 - p) + 1),
                  qbeta(1 - alpha / 2, n_eff * p + 1, n_eff * (1 - p)))
      }
    }
    wcount <- sum(weights(design)[in_s] * design$variables$ind_[in_s])
    row_of(case, "proportion", v, lev, dvar, dval, sub, p, se, deff, wcount, logit, beta)
  })
}

numeric_rows <- function(case, design, v, dvar, dval, keep) {
  in_s <- keep & !is.na(design$variables[[v]])
  if (!any(in_s)) return(NULL)
  sub <- design[in_s, ]
  f <- as.formula(paste0("~", v))
  many <- sum(in_s) > 1
  t <- svytotal(f, sub, deff = many, na.rm = TRUE)
  m <- svymean(f, sub, deff = many, na.rm = TRUE)
  w <- sum(weights(sub))
  list(row_of(case, "total", v, NA, dvar, dval, sub, coef(t), SE(t), if (many) deff(t) else NA, w),
       row_of(case, "mean", v, NA, dvar, dval, sub, coef(m), SE(m), if (many) deff(m) else NA, w))
}

ratio_rows <- function(case, design, dvar, dval, keep) {
  vars <- design$variables
  in_s <- keep & !is.na(vars$jobs_lost) & !is.na(vars$employees)
  if (!any(in_s)) return(NULL)
  sub <- design[in_s, ]
  r <- svyratio(~jobs_lost, ~employees, sub, na.rm = TRUE)
  list(row_of(case, "ratio", "jobs_lost/employees", NA, dvar, dval, sub, coef(r), SE(r), NA, sum(weights(sub))))
}

all_rows <- function(case, design) {
  vars <- design$variables
  domains <- list(list(var = "_total", val = "_total", keep = rep(TRUE, nrow(vars))))
  for (dv in c("size_class", "region"))
    for (val in csort(vars[[dv]]))
      domains[[length(domains) + 1]] <- list(var = dv, val = val, keep = !is.na(vars[[dv]]) & vars[[dv]] == val)
  out <- list()
  for (dom in domains) {
    for (v in c("vac_expected", "employment", "bottleneck"))
      out <- c(out, proportion_rows(case, design, v, dom$var, dom$val, dom$keep))
    for (v in c("vacancies", "jobs_lost", "trained", "employees"))
      out <- c(out, numeric_rows(case, design, v, dom$var, dom$val, dom$keep))
    out <- c(out, ratio_rows(case, design, dom$var, dom$val, dom$keep))
  }
  do.call(rbind, out)
}

# svyby gives the same cells as the design subsets (checked, not written)
check_svyby <- function(design, rows) {
  for (v in c("vacancies", "trained")) {
    by <- svyby(as.formula(paste0("~", v)), ~size_class, design, svymean, deff = TRUE, na.rm = TRUE)
    mine <- rows[rows$statistic == "mean" & rows$variable == v & rows$domain_var == "size_class", ]
    mine <- mine[match(as.character(by$size_class), mine$domain_value), ]
    stopifnot(isTRUE(all.equal(as.numeric(mine$estimate), unname(coef(by)), tolerance = 1e-12)),
              isTRUE(all.equal(as.numeric(mine$se), unname(SE(by)), tolerance = 1e-12)),
              isTRUE(all.equal(as.numeric(mine$deff), unname(deff(by)), tolerance = 1e-12)))
  }
  d2 <- design; d2$variables$ja_ <- as.numeric(d2$variables$vac_expected %in% "ja")
  by <- svyby(~ja_, ~region, subset(d2, !is.na(vac_expected)), svymean, deff = TRUE)
  mine <- rows[rows$statistic == "proportion" & rows$variable == "vac_expected" & rows$level == "ja" &
               rows$domain_var == "region", ]
  mine <- mine[match(as.character(by$region), mine$domain_value), ]
  stopifnot(isTRUE(all.equal(as.numeric(mine$se), unname(SE(by)), tolerance = 1e-12)))
}

dstrat <- svydesign(ids = ~1, strata = ~stratum_, fpc = ~N_, data = d)
weights_out <- data.frame(id = d$id)
est_out <- list()
for (k in seq_len(nrow(cases))) {
  cs <- cases[k, ]
  options(survey.lonely.psu = cs$lonely_psu)
  formula <- if (cs$totals == "totals.csv") ~ size_class + employees else ~ sector + size_class + employees
  population <- population_for(formula, if (cs$totals == "totals_low.csv") low_employees else total_employees)
  bounds <- c(ifelse(is.na(cs$lower), -Inf, cs$lower), ifelse(is.na(cs$upper), Inf, cs$upper))
  design <- calibrate(dstrat, formula, population = population, calfun = cs$calfun, bounds = bounds,
                      epsilon = 1e-14, maxit = 100)
  g <- weights(design) / weights(dstrat)
  met <- max(abs(colSums(model.matrix(formula, d) * weights(design)) - population) / (1 + abs(population)))
  cat(sprintf("%-15s g in [%.6f, %.6f], %d negative weights, totals met to %.2g\n", cs$case, min(g), max(g),
              sum(weights(design) < 0), met))
  if (cs$case != "linear_remove") weights_out[[cs$case]] <- fmt(weights(design))
  else stopifnot(identical(weights_out$linear, fmt(weights(design))))  # the rule does not touch weights
  rows <- all_rows(cs$case, design)
  if (k == 1) check_svyby(design, rows)
  est_out[[k]] <- rows
}
cases_out <- cases
cases_out$lower <- ifelse(is.na(cases$lower), "", as.character(cases$lower))
cases_out$upper <- ifelse(is.na(cases$upper), "", as.character(cases$upper))
cases_out$weights <- ifelse(cases$case == "linear_remove", "linear", cases$case)  # its column of weights.csv
write.csv(cases_out, file.path(OUT, "cases.csv"), row.names = FALSE)
write.csv(weights_out, file.path(OUT, "weights.csv"), row.names = FALSE, quote = FALSE)
rows <- do.call(rbind, est_out)
write.csv(rows, file.path(OUT, "estimates.csv"), row.names = FALSE, na = "")
cat(nrow(rows), "cells; closed-form logit vs svyciprop: largest gap", signif(gaps$logit, 3), "over",
    gaps$logit_checked, "cells\n")
cat("respondents per stratum:", paste(table(d$stratum_), collapse = " "), "\n")
cat("survey", as.character(packageVersion("survey")), "on", R.version.string, "\n")
