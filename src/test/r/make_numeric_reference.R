# Test-oracle references for numeric questions: weighted totals, means and ratios with R's survey.
#
# Data: apistrat (data(api)), stratified by stype with fpc, as
#   dstrat <- svydesign(ids = ~1, strata = ~stype, fpc = ~fpc, data = apistrat)
# with a few values set to NA (item nonresponse, na.rm = TRUE) and a constant variable `const`
# (deff undefined). Domains by sch.wide through svyby. A second design, `lonely`, keeps a single
# high school (stratum H lonely, n_h = 1 of N_h = 755) under survey.lonely.psu "adjust" and "remove".
#
# Writes src/test/resources/reference/numeric/:
#   apistrat_numeric.csv   the input: id, stratum, N, sch.wide and the numeric columns ("NA" = missing)
#   <design>_<rule>.csv    one row per statistic x variable x (total + each sch.wide value):
#                          statistic, variable, domain_var, domain_value, n, weighted_count, estimate,
#                          se, deff, df ("NA" where survey gives NA/NaN/Inf)
# Run from the repository root:   Rscript src/test/r/make_numeric_reference.R
# Deterministic (no random numbers). Computed with survey 4.1.1 on R 4.2.2 Patched.

suppressPackageStartupMessages(library(survey))
OUT <- file.path("src", "test", "resources", "reference", "numeric")
dir.create(OUT, showWarnings = FALSE, recursive = TRUE)

data(api)
d <- apistrat
d$sch.wide <- as.character(d$sch.wide)
# item nonresponse: enroll missing for 5 schools, api.stu for 4 (2 overlap with enroll)
d$enroll[c(3, 17, 60, 120, 181)] <- NA
d$api.stu[c(3, 44, 120, 160)] <- NA
d$const <- 7
data <- d[, c("cds", "stype", "fpc", "sch.wide", "api00", "enroll", "api.stu", "const")]
write.csv(data, file.path(OUT, "apistrat_numeric.csv"), row.names = FALSE, na = "NA")

fmt <- function(x) { x <- as.numeric(x); ifelse(is.finite(x), trimws(formatC(x, digits = 17, format = "g")), "NA") }

cell <- function(statistic, variable, dvar, dval, sub, est, se, deff) {
  data.frame(statistic = statistic, variable = variable, domain_var = dvar, domain_value = dval,
             n = sum(weights(sub) != 0), weighted_count = fmt(sum(weights(sub))),
             estimate = fmt(est), se = fmt(se), deff = fmt(deff), df = degf(sub),
             stringsAsFactors = FALSE)
}

# One numeric variable in the design subset `sub` (domain and non-missing already applied).
numeric_cells <- function(design, sub, v, dvar, dval) {
  f <- as.formula(paste0("~", v))
  t <- svytotal(f, sub, deff = TRUE, na.rm = TRUE)
  m <- svymean(f, sub, deff = TRUE, na.rm = TRUE)
  rbind(cell("total", v, dvar, dval, sub, coef(t), SE(t), deff(t)),
        cell("mean", v, dvar, dval, sub, coef(m), SE(m), deff(m)))
}

ratio_cell <- function(sub, num, den, dvar, dval) {
  r <- svyratio(as.formula(paste0("~", num)), as.formula(paste0("~", den)), sub, na.rm = TRUE)
  cell("ratio", paste0(num, "/", den), dvar, dval, sub, coef(r), SE(r), NA)
}

all_cells <- function(design) {
  vars <- design$variables
  out <- list()
  domains <- c(list(list(var = "_total", val = "_total", keep = rep(TRUE, nrow(vars)))),
               lapply(sort(unique(vars$sch.wide)), function(v)
                 list(var = "sch.wide", val = v, keep = vars$sch.wide == v)))
  for (dom in domains) {
    for (v in c("api00", "enroll", "const")) {
      sub <- design[dom$keep & !is.na(vars[[v]]), ]
      out[[length(out) + 1]] <- numeric_cells(design, sub, v, dom$var, dom$val)
    }
    sub <- design[dom$keep & !is.na(vars$api.stu) & !is.na(vars$enroll), ]
    out[[length(out) + 1]] <- ratio_cell(sub, "api.stu", "enroll", dom$var, dom$val)
  }
  do.call(rbind, out)
}

# The svyby way, to show the subset cells above are what svyby gives (checked, not written).
check_svyby <- function(design, cells) {
  by <- svyby(~api00, ~sch.wide, design, svytotal, deff = TRUE, na.rm = TRUE)
  mine <- cells[cells$statistic == "total" & cells$variable == "api00" & cells$domain_var == "sch.wide", ]
  stopifnot(isTRUE(all.equal(as.numeric(mine$estimate), unname(coef(by)), tolerance = 1e-14)))
  stopifnot(isTRUE(all.equal(as.numeric(mine$se), unname(SE(by)), tolerance = 1e-14)))
  stopifnot(isTRUE(all.equal(as.numeric(mine$deff), unname(deff(by)), tolerance = 1e-14)))
  byr <- svyby(~api.stu, ~sch.wide, design, svyratio, denominator = ~enroll, na.rm = TRUE)
  mine <- cells[cells$statistic == "ratio" & cells$domain_var == "sch.wide", ]
  stopifnot(isTRUE(all.equal(as.numeric(mine$estimate), unname(coef(byr)), tolerance = 1e-14)))
  stopifnot(isTRUE(all.equal(as.numeric(mine$se), unname(SE(byr)), tolerance = 1e-14)))
}

write_cells <- function(cells, name) {
  write.csv(cells, file.path(OUT, paste0(name, ".csv")), row.names = FALSE, quote = c(1, 2, 3, 4))
}

options(survey.lonely.psu = "adjust")
dstrat <- svydesign(ids = ~1, strata = ~stype, fpc = ~fpc, data = data)
cells <- all_cells(dstrat)
check_svyby(dstrat, cells)
write_cells(cells, "stratified_adjust")

# Lonely stratum: all E and M schools and the first H school only.
lonely_rows <- data$stype != "H" | seq_len(nrow(data)) == which(data$stype == "H")[1]
for (rule in c("adjust", "remove")) {
  options(survey.lonely.psu = rule)
  dl <- svydesign(ids = ~1, strata = ~stype, fpc = ~fpc, data = data[lonely_rows, ])
  write_cells(all_cells(dl), paste0("lonely_", rule))
}
cat("lonely design: first H school is", data$cds[which(data$stype == "H")[1]], "\n")

# ---------------------------------------------------------------- weights calibrated to margins
# The same data with awards, weighted as weegschaal's poststratify and rake methods do: equal base
# weights, post-stratified to the stype counts (postStratify), or raked to the stype and awards
# margins of apipop (rake, converged to 1e-15). survey's variance is that of the residuals on the
# margins (svyrecvar with postStrata), with replacement, df = n_d - 1.
#   apistrat_numeric_calibrated.csv  the input with awards
#   poststratify_frame.csv           stype, N (the stype counts of the frame)
#   rake_frame.csv                   stype, awards, N (apipop's counts)
#   poststratify.csv, rake.csv       the cells, as above
options(survey.lonely.psu = "adjust")
dc <- data
dc$awards <- as.character(d$awards)
write.csv(dc[, c("cds", "stype", "awards", "sch.wide", "api00", "enroll", "api.stu", "const")],
          file.path(OUT, "apistrat_numeric_calibrated.csv"), row.names = FALSE, na = "NA")
ps_pop <- aggregate(fpc ~ stype, data = dc, FUN = function(x) x[1])
names(ps_pop) <- c("stype", "Freq")
write.csv(data.frame(stype = ps_pop$stype, N = ps_pop$Freq), file.path(OUT, "poststratify_frame.csv"),
          row.names = FALSE)
d0 <- svydesign(ids = ~1, weights = rep(1, nrow(dc)), data = dc)
dps <- postStratify(d0, ~stype, ps_pop)
write_cells(all_cells(dps), "poststratify")

cellpop <- as.data.frame(table(stype = apipop$stype, awards = apipop$awards), stringsAsFactors = FALSE)
names(cellpop)[3] <- "N"
write.csv(cellpop, file.path(OUT, "rake_frame.csv"), row.names = FALSE)
pop_stype <- aggregate(N ~ stype, data = cellpop, FUN = sum); names(pop_stype)[2] <- "Freq"
pop_awards <- aggregate(N ~ awards, data = cellpop, FUN = sum); names(pop_awards)[2] <- "Freq"
drk <- rake(d0, list(~stype, ~awards), list(pop_stype, pop_awards), control = list(maxit = 1000, epsilon = 1e-15))
write_cells(all_cells(drk), "rake")
