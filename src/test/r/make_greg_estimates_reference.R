# Test-oracle reference for estimates on a design calibrated to totals (GREG), with R's survey.
#
# apistrat's stratified design svydesign(ids = ~1, strata = ~stype, fpc = ~fpc) calibrated with
# calibrate(design, ~ stype + enroll, population = ...) for the six cases of
# make_calibration_reference.R (calfun and bounds on g, epsilon = 1e-14), and a design where stratum
# H keeps a single school (lonely) under survey.lonely.psu "adjust" and "remove" (linear and raking).
# Item nonresponse is set deterministically: sch.wide missing for 6 schools, api00 for 7.
#   categorical: sch.wide (with NA), band (3 levels cut from api99), stype (a calibration auxiliary:
#                its proportions are fixed by the calibration, se ~ 0 in the whole sample)
#   numeric:     api00 (with NA), enroll (a calibration auxiliary: total se ~ 0), api.stu;
#                ratio api00/enroll
#   domains:     _total; stype; grp (A/B by row parity, "solo" = one school, "mute" = two schools
#                whose sch.wide and api00 are missing: no rows for those)
# Each cell as a design subset (svymean/svytotal/svyratio on design[domain & answered, ]), deff = TRUE.
# Intervals: Wald p -/+ 1.96 se; logit expit(logit(p) -/+ qt(0.975, df) se / (p (1 - p))) checked
# against svyciprop(method = "logit"); Korn-Graubard with n_d - 1 in the first t quantile, checked
# against svyciprop(method = "beta") where nrow(subset) = n_d (whole sample without nonresponse).
#
# Writes src/test/resources/reference/calibration/:
#   greg_data.csv        the input per school: row, stype, fpc, grp, sch.wide, band, awards,
#                        api00, enroll, api.stu ("NA" = missing)
#   greg_estimates.csv   per case x design x cell: case, design (full | lonely_adjust | lonely_remove),
#                        statistic, variable, level, domain_var, domain_value, n, weighted_count,
#                        estimate, se, deff, df, wald_low/high, logit_low/high, beta_low/high
#
# Run from the repository root:   Rscript src/test/r/make_greg_estimates_reference.R
# Deterministic (no random numbers).

suppressPackageStartupMessages(library(survey))
data(api)
OUT <- file.path("src", "test", "resources", "reference", "calibration")
LEVEL <- 0.95
alpha <- 1 - LEVEL
fmt <- function(x) { x <- as.numeric(x); ifelse(is.finite(x), sprintf("%.17g", x), "NA") }
expit <- function(x) 1 / (1 + exp(-x))

d <- apistrat
d$row <- seq_len(nrow(d))
d$stype <- as.character(d$stype)
d$sch.wide <- as.character(d$sch.wide)
d$awards <- as.character(d$awards)
d$band <- as.character(cut(d$api99, c(-Inf, 600, 750, Inf), labels = c("high", "low", "mid")[c(2, 3, 1)]))
d$grp <- ifelse(d$row %% 2 == 0, "A", "B")
d$grp[7] <- "solo"
d$grp[c(12, 13)] <- "mute"
d$sch.wide[c(12, 13, 40, 90, 140, 170)] <- NA
d$api00[c(12, 13, 25, 66, 101, 150, 199)] <- NA
data <- d[, c("row", "stype", "fpc", "grp", "sch.wide", "band", "awards", "api00", "enroll", "api.stu")]
write.csv(data, file.path(OUT, "greg_data.csv"), row.names = FALSE, na = "NA")

population <- c(`(Intercept)` = sum(tapply(d$fpc, d$stype, unique)),
                stypeH = unique(d$fpc[d$stype == "H"]), stypeM = unique(d$fpc[d$stype == "M"]),
                enroll = sum(apipop$enroll, na.rm = TRUE))
cases <- read.csv(file.path(OUT, "cases.csv"), stringsAsFactors = FALSE)
bound <- function(b, none) ifelse(is.na(b), none, b)

row_of <- function(case, design, statistic, variable, level, dvar, dval, sub, est, se, deff, wcount,
                   logit = c(NA, NA), beta = c(NA, NA)) {
  data.frame(case = case, design = design, statistic = statistic, variable = variable, level = level,
             domain_var = dvar, domain_value = dval, n = sum(weights(sub) != 0),
             weighted_count = fmt(wcount), estimate = fmt(est), se = fmt(se), deff = fmt(deff),
             df = degf(sub), wald_low = fmt(est - 1.96 * se), wald_high = fmt(est + 1.96 * se),
             logit_low = fmt(logit[1]), logit_high = fmt(logit[2]),
             beta_low = fmt(beta[1]), beta_high = fmt(beta[2]), stringsAsFactors = FALSE)
}

gaps <- new.env()
gaps$logit <- 0
gaps$beta <- 0
gaps$beta_checked <- 0

proportion_rows <- function(case, dname, design, v, dvar, dval, keep) {
  vars <- design$variables
  in_s <- keep & !is.na(vars[[v]])
  if (!any(in_s)) return(NULL)
  out <- list()
  for (lev in sort(unique(vars[[v]][!is.na(vars[[v]])]), method = "radix")) {
    design$variables$ind_ <- as.numeric(!is.na(vars[[v]]) & vars[[v]] == lev)
    sub <- design[in_s, ]
    m <- svymean(~ind_, sub, deff = sum(in_s) > 1)  # deff needs n_d > 1 (svyvar)
    p <- as.numeric(coef(m)); se <- as.numeric(SE(m)); df <- degf(sub); n_d <- sum(in_s)
    wcount <- sum(weights(design)[in_s] * design$variables$ind_[in_s])
    logit <- c(NA, NA); beta <- c(NA, NA); deff <- if (n_d > 1) as.numeric(deff(m)) else NA
    if (p > 1e-12 && p < 1 - 1e-12 && se > 1e-12 && df >= 1) {
      logit <- expit(qlogis(p) + c(-1, 1) * qt(1 - alpha / 2, df) * se / (p * (1 - p)))
      # svyglm refuses negative weights (unbounded linear calibration): no check there
      ci <- tryCatch(suppressWarnings(as.numeric(attr(svyciprop(~ind_, sub, method = "logit", level = LEVEL),
                                                      "ci"))), error = function(e) c(NA, NA))
      if (all(is.finite(ci))) gaps$logit <- max(gaps$logit, abs(ci - logit))
      if (n_d >= 2) {
        n_eff <- p * (1 - p) / se^2 * (qt(alpha / 2, n_d - 1) / qt(alpha / 2, df))^2
        beta <- c(qbeta(alpha / 2, n_eff * p, n_eff * (1 - p) + 1),
                  qbeta(1 - alpha / 2, n_eff * p + 1, n_eff * (1 - p)))
        if (nrow(sub) == n_d) {
          kg <- as.numeric(attr(svyciprop(~ind_, sub, method = "beta", level = LEVEL), "ci"))
          gaps$beta <- max(gaps$beta, abs(kg - beta))
          gaps$beta_checked <- gaps$beta_checked + 1
        }
      }
    }
    out[[length(out) + 1]] <- row_of(case, dname, "proportion", v, lev, dvar, dval, sub, p, se, deff,
                                     wcount, logit, beta)
  }
  do.call(rbind, out)
}

numeric_rows <- function(case, dname, design, v, dvar, dval, keep) {
  in_s <- keep & !is.na(design$variables[[v]])
  if (!any(in_s)) return(NULL)
  sub <- design[in_s, ]
  f <- as.formula(paste0("~", v))
  t <- svytotal(f, sub, deff = sum(in_s) > 1, na.rm = TRUE)
  m <- svymean(f, sub, deff = sum(in_s) > 1, na.rm = TRUE)
  dt <- if (sum(in_s) > 1) deff(t) else NA
  dm <- if (sum(in_s) > 1) deff(m) else NA
  w <- sum(weights(sub))
  rbind(row_of(case, dname, "total", v, NA, dvar, dval, sub, coef(t), SE(t), dt, w),
        row_of(case, dname, "mean", v, NA, dvar, dval, sub, coef(m), SE(m), dm, w))
}

ratio_rows <- function(case, dname, design, dvar, dval, keep) {
  vars <- design$variables
  in_s <- keep & !is.na(vars$api00) & !is.na(vars$enroll)
  if (!any(in_s)) return(NULL)
  sub <- design[in_s, ]
  r <- svyratio(~api00, ~enroll, sub, na.rm = TRUE)
  row_of(case, dname, "ratio", "api00/enroll", NA, dvar, dval, sub, coef(r), SE(r), NA, sum(weights(sub)))
}

all_rows <- function(case, dname, design) {
  vars <- design$variables
  domains <- list(list(var = "_total", val = "_total", keep = rep(TRUE, nrow(vars))))
  for (dv in c("stype", "grp"))
    for (val in sort(unique(vars[[dv]]), method = "radix"))
      domains[[length(domains) + 1]] <- list(var = dv, val = val, keep = vars[[dv]] == val)
  out <- list()
  for (dom in domains) {
    for (v in c("sch.wide", "band", "stype"))
      out[[length(out) + 1]] <- proportion_rows(case, dname, design, v, dom$var, dom$val, dom$keep)
    for (v in c("api00", "enroll", "api.stu"))
      out[[length(out) + 1]] <- numeric_rows(case, dname, design, v, dom$var, dom$val, dom$keep)
    out[[length(out) + 1]] <- ratio_rows(case, dname, design, dom$var, dom$val, dom$keep)
  }
  do.call(rbind, out)
}

calibrated <- function(design, cs) {
  calibrate(design, ~ stype + enroll, population = population, calfun = cs$calfun,
            bounds = c(bound(cs$lower, -Inf), bound(cs$upper, Inf)), epsilon = 1e-14, maxit = 100)
}

# The svyby way gives the same cells as the subsets above (checked on one case, not written).
check_svyby <- function(design, rows) {
  by <- svyby(~api00, ~stype, design, svymean, deff = TRUE, na.rm = TRUE)
  mine <- rows[rows$statistic == "mean" & rows$variable == "api00" & rows$domain_var == "stype", ]
  stopifnot(isTRUE(all.equal(as.numeric(mine$estimate), unname(coef(by)), tolerance = 1e-13)))
  stopifnot(isTRUE(all.equal(as.numeric(mine$se), unname(SE(by)), tolerance = 1e-13)))
  stopifnot(isTRUE(all.equal(as.numeric(mine$deff), unname(deff(by)), tolerance = 1e-13)))
}

out <- list()
options(survey.lonely.psu = "adjust")
dstrat <- svydesign(ids = ~1, strata = ~stype, fpc = ~fpc, data = d)
for (k in seq_len(nrow(cases))) {
  design <- calibrated(dstrat, cases[k, ])
  rows <- all_rows(cases$case[k], "full", design)
  if (k == 1) check_svyby(design, rows)
  out[[length(out) + 1]] <- rows
}
lonely_rows <- d$stype != "H" | d$row == which(d$stype == "H")[1]
for (rule in c("adjust", "remove")) {
  options(survey.lonely.psu = rule)
  dl <- svydesign(ids = ~1, strata = ~stype, fpc = ~fpc, data = d[lonely_rows, ])
  for (k in which(cases$case %in% c("linear", "raking")))
    out[[length(out) + 1]] <- all_rows(cases$case[k], paste0("lonely_", rule), calibrated(dl, cases[k, ]))
}
rows <- do.call(rbind, out)
write.csv(rows, file.path(OUT, "greg_estimates.csv"), row.names = FALSE, na = "")
cat(nrow(rows), "cells; largest gap closed-form vs svyciprop: logit", signif(gaps$logit, 3),
    ", beta", signif(gaps$beta, 3), "over", gaps$beta_checked, "cells\n")
cat("lonely design: the H school kept is row", which(d$stype == "H")[1], "\n")
cat("survey", as.character(packageVersion("survey")), "on", R.version.string, "\n")
