# Test-oracle reference for GREG calibration, computed with R's survey package.
#
# The stratified design of apistrat (svydesign(ids = ~1, strata = ~stype, fpc = ~fpc)) calibrated
# with calibrate(design, ~ stype + enroll, population = ...) for each calfun, with and without
# bounds on g, to a tight epsilon (1e-14, not survey's default 1e-7, so that the reference is the
# converged solution). Writes to src/test/resources/reference/calibration/:
#   respondents.csv  the design's inputs per respondent (row = row of apistrat)
#   population.csv   the calibration totals, in model.matrix column order
#   cases.csv        each case: calfun and bounds on g (empty = unbounded)
#   weights.csv      per case and respondent: g = weight / design weight, and the weight
#   estimates.csv    per case: svytotal and svymean of api00, svymean of sch.wide, with se
#
# Run from the repository root:   Rscript src/test/r/make_calibration_reference.R
# Deterministic: no random numbers.

suppressPackageStartupMessages(library(survey))
data(api)

OUT <- file.path("src", "test", "resources", "reference", "calibration")
dir.create(OUT, showWarnings = FALSE, recursive = TRUE)
num <- function(x) sprintf("%.17g", x)

dstrat <- svydesign(ids = ~1, strata = ~stype, fpc = ~fpc, data = apistrat)
stopifnot(!anyNA(apistrat$enroll), !anyNA(apistrat$api00))

population <- c(`(Intercept)` = sum(tapply(apistrat$fpc, apistrat$stype, unique)),
                stypeH = unique(apistrat$fpc[apistrat$stype == "H"]),
                stypeM = unique(apistrat$fpc[apistrat$stype == "M"]),
                enroll = sum(apipop$enroll, na.rm = TRUE))

cases <- data.frame(
  case   = c("linear", "linear_bounded", "raking", "raking_bounded", "logit", "logit_tight"),
  calfun = c("linear", "linear", "raking", "raking", "logit", "logit"),
  lower  = c(-Inf, 0.9, -Inf, 0.9, 0.5, 0.9),
  upper  = c(Inf, 1.1, Inf, 1.1, 2, 1.1),
  stringsAsFactors = FALSE)

respondents <- data.frame(row = seq_len(nrow(apistrat)), stype = as.character(apistrat$stype),
                          fpc = apistrat$fpc, enroll = apistrat$enroll, api00 = apistrat$api00,
                          sch_wide = as.character(apistrat$sch.wide),
                          design_weight = num(weights(dstrat)))
write.csv(respondents, file.path(OUT, "respondents.csv"), row.names = FALSE)
write.csv(data.frame(name = names(population), total = num(population)),
          file.path(OUT, "population.csv"), row.names = FALSE)
bound <- function(b) ifelse(is.finite(b), num(b), "")
write.csv(data.frame(case = cases$case, calfun = cases$calfun,
                     lower = bound(cases$lower), upper = bound(cases$upper)),
          file.path(OUT, "cases.csv"), row.names = FALSE, na = "")

weights_out <- list()
estimates_out <- list()
for (k in seq_len(nrow(cases))) {
  cs <- cases[k, ]
  design <- calibrate(dstrat, ~ stype + enroll, population = population, calfun = cs$calfun,
                      bounds = c(cs$lower, cs$upper), epsilon = 1e-14, maxit = 100)
  met <- svytotal(~ stype + enroll, design)
  cat(cs$case, ": g in [", paste(signif(range(weights(design) / weights(dstrat)), 6), collapse = ", "),
      "], totals met to", signif(max(abs(coef(met)[c(2, 3, 4)] - population[c(2, 3, 4)]) /
                                     (1 + population[c(2, 3, 4)])), 3), "\n")
  weights_out[[k]] <- data.frame(case = cs$case, row = seq_len(nrow(apistrat)),
                                 g = num(weights(design) / weights(dstrat)),
                                 weight = num(weights(design)))
  total <- svytotal(~ api00, design)
  mean <- svymean(~ api00, design)
  prop <- svymean(~ sch.wide, design)
  estimates_out[[k]] <- data.frame(
    case = cs$case,
    statistic = c("total", "mean", "mean", "mean"),
    variable = c("api00", "api00", "sch.wideNo", "sch.wideYes"),
    estimate = num(c(coef(total), coef(mean), coef(prop))),
    se = num(c(SE(total), SE(mean), SE(prop))))
}
write.csv(do.call(rbind, weights_out), file.path(OUT, "weights.csv"), row.names = FALSE)
write.csv(do.call(rbind, estimates_out), file.path(OUT, "estimates.csv"), row.names = FALSE)
cat("survey", as.character(packageVersion("survey")), "on", R.version.string, "\n")
