//! `tryton-cli health`: many servers checked at once for monitoring. The targets are resolved
//! first (URLs, profiles, a targets file; a bad one is exit 3 before anything is sent) with the
//! stored session of each, then checked on a bounded pool of threads (the RPC stack blocks), each
//! within `--timeout`, so the run takes about as long as the slowest target. `checks.rs` is one
//! target's checks; each output format is a file of its own.

mod checks;
mod json;
mod nagios;
mod prometheus;
mod table;

use std::path::Path;
use std::sync::Mutex;
use std::sync::atomic::{AtomicUsize, Ordering};

use crate::cli::{HealthArgs, HealthFormat};
use crate::config::Settings;
use crate::exit::{ExitCode, Failure};
use crate::output::Output;
use crate::rpc::{self, ClientOptions, RetryPolicy, ServerUrl};
use crate::secret::SecretString;
use crate::session::{Fill, SessionInfo, Sessions};

use checks::{Limits, Measure, Report, Status, Target};

pub fn run(
    settings: &Settings,
    sessions: &Sessions,
    out: &Output,
    args: &HealthArgs,
) -> anyhow::Result<ExitCode> {
    let result = run_checks(settings, sessions, out, args);
    // A Nagios plugin always says something on stdout, UNKNOWN when it could not check.
    if args.output == HealthFormat::Nagios
        && let Err(err) = &result
    {
        let _ = out.line(format!(
            "TRYTON UNKNOWN - {}",
            rpc::one_line(&format!("{err:#}"))
        ));
    }
    result
}

fn run_checks(
    settings: &Settings,
    sessions: &Sessions,
    out: &Output,
    args: &HealthArgs,
) -> anyhow::Result<ExitCode> {
    if args.output_file.is_some()
        && !matches!(args.output, HealthFormat::Prometheus | HealthFormat::Json)
    {
        return Err(Failure::usage("--output-file writes -o prometheus or -o json output").into());
    }
    let specs = specs(settings, sessions, args)?;
    let targets = resolve(sessions, specs);
    let mut options = settings.client_options();
    // A health check answers for now: a retry would only stretch the run past --timeout.
    options.retry = RetryPolicy::NONE;
    let limits = Limits {
        late: args.late,
        max_errors: args.max_errors,
    };
    let reports = check_all(&targets, &options, limits, usize::from(args.parallel));
    let worst = reports
        .iter()
        .map(Report::status)
        .max()
        .unwrap_or(Status::Healthy);
    match args.output {
        HealthFormat::Table => table::print(out, &reports)?,
        HealthFormat::Json => {
            let value = json::render(&reports);
            match &args.output_file {
                Some(path) => write_file(path, &serde_json::to_string_pretty(&value)?)?,
                None => out.json(&value, false, false)?,
            }
        }
        HealthFormat::Prometheus => {
            let text = prometheus::render(&reports);
            match &args.output_file {
                Some(path) => write_file(path, &text)?,
                None => out.bytes(text.as_bytes())?,
            }
        }
        HealthFormat::Nagios => {
            let (line, code) = nagios::render(&reports, limits);
            out.line(line)?;
            return Ok(code);
        }
    }
    Ok(worst.exit_code())
}

/// A target as written, before its session is looked up.
struct Spec {
    name: String,
    url: ServerUrl,
    database: Option<String>,
    user: Option<String>,
}

/// The targets of the command line, the targets file and the profiles, in that order; with
/// none, the server the settings name (flags, environment, profile, current session).
fn specs(settings: &Settings, sessions: &Sessions, args: &HealthArgs) -> anyhow::Result<Vec<Spec>> {
    let mut specs = Vec::new();
    for target in &args.targets {
        specs.push(spec_of(settings, target, None)?);
    }
    if let Some(path) = &args.targets_file {
        let text = std::fs::read_to_string(path).map_err(|err| {
            Failure::usage(format!(
                "cannot read --targets {}: {}",
                path.display(),
                crate::private_fs::io_reason(&err)
            ))
        })?;
        for (number, line) in text.lines().enumerate() {
            let line = line.trim();
            if line.is_empty() || line.starts_with('#') {
                continue;
            }
            let mut words = line.split_whitespace();
            let target = words.next().unwrap_or_default();
            let database = words.next();
            if words.next().is_some() {
                return Err(Failure::usage(format!(
                    "{} line {}: write a URL and a database, or a profile name: {line}",
                    path.display(),
                    number + 1
                ))
                .into());
            }
            let spec = spec_of(settings, target, database).map_err(|err| {
                Failure::usage(format!(
                    "{} line {}: {}",
                    path.display(),
                    number + 1,
                    rpc::one_line(&format!("{err:#}"))
                ))
            })?;
            specs.push(spec);
        }
    }
    if args.all_profiles {
        let names = crate::config::profile_names();
        if names.is_empty() {
            return Err(Failure::usage(
                "--all-profiles: the config file has no profiles (save one with 'tryton-cli login --save-profile NAME')",
            )
            .into());
        }
        for name in names {
            specs.push(spec_of(settings, &name, None)?);
        }
    }
    if specs.is_empty() && args.targets_file.is_none() {
        let mut settings = settings.clone();
        sessions.fill_from_current(&mut settings, Fill::All);
        let url = settings.server_url()?;
        specs.push(Spec {
            name: url.to_string(),
            url,
            database: settings.database.clone(),
            user: settings.user.clone(),
        });
    }
    if specs.is_empty() {
        return Err(Failure::usage("no targets: the --targets file lists none").into());
    }
    Ok(specs)
}

/// A URL (with `-d`'s database, or the one a targets file names beside it), or a profile name.
fn spec_of(settings: &Settings, target: &str, database: Option<&str>) -> anyhow::Result<Spec> {
    if target.contains("://") {
        return Ok(Spec {
            name: target.to_string(),
            url: ServerUrl::parse(target)?,
            database: database.map(String::from).or(settings.database.clone()),
            user: settings.user.clone(),
        });
    }
    let profile = crate::config::load_profile(Some(target)).map_err(|err| {
        Failure::usage(format!(
            "target '{target}' is not a URL (http://HOST:PORT) nor a profile: {}",
            rpc::one_line(&format!("{err:#}"))
        ))
    })?;
    let url = profile.url.ok_or_else(|| {
        Failure::usage(format!(
            "profile '{target}' has no url; targets are URLs (http://...) or profiles that name one"
        ))
    })?;
    Ok(Spec {
        name: target.to_string(),
        url: ServerUrl::parse(&url)?,
        database: database.map(String::from).or(profile.database),
        user: profile.user,
    })
}

/// Each target with its stored session (looked up here, on one thread: the keyring is asked
/// once per target and never prompts).
fn resolve(sessions: &Sessions, specs: Vec<Spec>) -> Vec<Target> {
    crate::session::keyring::never_prompt();
    specs
        .into_iter()
        .map(|spec| {
            let session = stored_session(sessions, &spec);
            Target {
                name: spec.name,
                url: spec.url,
                database: spec.database,
                session,
            }
        })
        .collect()
}

/// The one stored session for the target's server, database and user, as dynamic completion
/// picks it: never a login, never a prompt.
fn stored_session(sessions: &Sessions, spec: &Spec) -> Measure<(SessionInfo, SecretString)> {
    let url = spec.url.to_string();
    let Some(database) = &spec.database else {
        return Err("no database given (-d, or a profile that names one), so no session".into());
    };
    let mut found: Vec<SessionInfo> = sessions
        .list()
        .into_iter()
        .filter(|s| s.url == url && s.database == *database)
        .filter(|s| spec.user.as_deref().is_none_or(|user| user == s.login))
        .collect();
    let info = match found.len() {
        0 => {
            return Err(format!(
                "no stored session for database {database} on {url} ('tryton-cli login --url {url} -d {database}' adds them)"
            ));
        }
        1 => found.pop().unwrap_or_else(|| unreachable!("one session")),
        _ => {
            let users: Vec<&str> = found.iter().map(|s| s.login.as_str()).collect();
            return Err(format!(
                "several stored sessions for database {database} on {url} ({}): name the user with -u or in the profile",
                users.join(", ")
            ));
        }
    };
    if info.is_expired() {
        return Err(format!(
            "the stored session {} has expired; log in again",
            info.key()
        ));
    }
    match sessions.token(&info) {
        Ok(Some(token)) => Ok((info, token)),
        Ok(None) => Err(format!(
            "the token of session {} is no longer in its store; log in again",
            info.key()
        )),
        Err(err) => Err(rpc::one_line(&format!("{err:#}"))),
    }
}

/// Every target checked, at most `parallel` at once; the reports in the targets' order.
fn check_all(
    targets: &[Target],
    options: &ClientOptions,
    limits: Limits,
    parallel: usize,
) -> Vec<Report> {
    let next = AtomicUsize::new(0);
    let slots: Vec<Mutex<Option<Report>>> = targets.iter().map(|_| Mutex::new(None)).collect();
    std::thread::scope(|scope| {
        for _ in 0..parallel.clamp(1, targets.len().max(1)) {
            scope.spawn(|| {
                loop {
                    let index = next.fetch_add(1, Ordering::Relaxed);
                    let Some(target) = targets.get(index) else {
                        break;
                    };
                    let report = checks::check(target, options, limits);
                    if let Ok(mut slot) = slots[index].lock() {
                        *slot = Some(report);
                    }
                }
            });
        }
    });
    slots
        .into_iter()
        .filter_map(|slot| slot.into_inner().ok().flatten())
        .collect()
}

/// The whole output to a temporary file beside `path`, then renamed over it: a reader (the
/// textfile collector) sees the old file or the new one, never half of one. Mode 0644, as the
/// collector runs as another user.
fn write_file(path: &Path, text: &str) -> anyhow::Result<()> {
    crate::private_fs::write_atomically(path, text.as_bytes(), 0o644).map_err(|err| {
        Failure::usage(format!(
            "cannot write {}: {}",
            path.display(),
            crate::private_fs::io_reason(&err)
        ))
        .into()
    })
}
