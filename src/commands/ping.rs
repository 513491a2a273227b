//! `tryton-cli ping`: a health check with pg_isready's exit codes.

use std::time::{Duration, Instant};

use serde_json::{Value, json};

use crate::cli::PingArgs;
use crate::config::Settings;
use crate::exit::{ExitCode, Failure, exit_code_of, rpc_exit_code};
use crate::output::Output;
use crate::rpc::{self, Client, RetryPolicy, Target, methods};

/// What a successful probe found.
struct Answer {
    version: String,
    latency: Duration,
    database: Option<DatabaseCheck>,
}

enum DatabaseCheck {
    Found(String),
    /// The server does not list its databases (or the list failed): we cannot tell.
    Unchecked(String, String),
}

pub fn run(settings: &Settings, out: &Output, args: &PingArgs) -> anyhow::Result<ExitCode> {
    let shown_url = settings.url.clone().unwrap_or_default();
    let client = match settings.server_url().and_then(|url| {
        let mut options = settings.client_options();
        // A health check answers for one try; --wait is the way to keep trying.
        options.retry = RetryPolicy::NONE;
        Ok(Client::new(url, options)?)
    }) {
        Ok(client) => client,
        Err(err) => {
            return report_failure(settings, out, args, &rpc::redact_userinfo(&shown_url), &err);
        }
    };
    let url = client.url().to_string();
    let mut code = ExitCode::Success;
    for round in 0..args.count {
        if round > 0 {
            std::thread::sleep(args.interval);
        }
        code = match probe(&client, settings, args.wait) {
            Ok(answer) => {
                if !settings.quiet {
                    let text = describe_answer(args.json, &url, &answer);
                    if args.json {
                        out.json_line(&serde_json::from_str(&text)?)?;
                    } else {
                        out.line(text)?;
                    }
                }
                ExitCode::Success
            }
            Err(err) => report_failure(settings, out, args, &url, &err)?,
        };
    }
    Ok(code)
}

fn probe(client: &Client, settings: &Settings, wait: Option<Duration>) -> anyhow::Result<Answer> {
    let deadline = wait.map(|wait| Instant::now() + wait);
    client.set_deadline(deadline);
    let mut attempt = 0;
    let reply = loop {
        match client.call(Target::Server, methods::SERVER_VERSION, &json!([])) {
            Ok(reply) => break reply,
            Err(err) => {
                let pause = rpc::retry::backoff(attempt).max(Duration::from_millis(100));
                // A bad URL or a certificate the client refuses will not get better by waiting.
                let retry = deadline.is_some_and(|d| Instant::now() + pause < d)
                    && rpc_exit_code(&err) != ExitCode::Usage
                    && !matches!(err, rpc::Error::Tls { .. });
                if !retry {
                    return Err(err.into());
                }
                log::debug!("* not up yet ({err}); trying again");
                attempt = (attempt + 1).min(3);
                std::thread::sleep(pause);
            }
        }
    };
    client.set_deadline(None);
    let version = match &reply.value {
        Value::String(version) => version.clone(),
        other => anyhow::bail!(rpc::Error::NotJsonRpc {
            url: client.url().to_string(),
            status: 200,
            what: format!("common.server.version answered {other}, not a version"),
        }),
    };
    let database = match &settings.database {
        Some(name) => Some(check_database(client, name)?),
        None => None,
    };
    Ok(Answer {
        version,
        latency: reply.latency,
        database,
    })
}

fn check_database(client: &Client, name: &str) -> anyhow::Result<DatabaseCheck> {
    match client.call(Target::Server, methods::DB_LIST, &json!([])) {
        Ok(reply) => {
            let names: Vec<&str> = reply
                .value
                .as_array()
                .map(|list| list.iter().filter_map(Value::as_str).collect())
                .unwrap_or_default();
            if names.contains(&name) {
                Ok(DatabaseCheck::Found(name.to_string()))
            } else {
                Err(Failure::new(
                    ExitCode::ServerError,
                    format!(
                        "database '{name}' not found on {} (it lists: {})",
                        client.url(),
                        if names.is_empty() {
                            "none".to_string()
                        } else {
                            names.join(", ")
                        }
                    ),
                )
                .into())
            }
        }
        Err(rpc::Error::Http { status: 403, .. }) => Ok(DatabaseCheck::Unchecked(
            name.to_string(),
            "the server does not list its databases".into(),
        )),
        Err(err) if rpc_exit_code(&err) == ExitCode::NoAnswer => Err(err.into()),
        Err(err) => Ok(DatabaseCheck::Unchecked(name.to_string(), err.to_string())),
    }
}

/// The answer as one line of text, or one JSON object with `--json`.
fn describe_answer(json: bool, url: &str, answer: &Answer) -> String {
    let latency_ms = (answer.latency.as_secs_f64() * 10_000.0).round() / 10.0;
    if json {
        let mut object = json!({
            "status": "ok",
            "url": url,
            "version": answer.version,
            "latency_ms": latency_ms,
        });
        match &answer.database {
            Some(DatabaseCheck::Found(name)) => {
                object["database"] = json!({"name": name, "status": "found"});
            }
            Some(DatabaseCheck::Unchecked(name, why)) => {
                object["database"] = json!({"name": name, "status": "unchecked", "reason": why});
            }
            None => {}
        }
        object.to_string()
    } else {
        let database = match &answer.database {
            Some(DatabaseCheck::Found(name)) => format!(" database {name} found"),
            Some(DatabaseCheck::Unchecked(name, why)) => {
                format!(" database {name} unchecked ({why})")
            }
            None => String::new(),
        };
        format!(
            "ok {url} tryton {} {latency_ms:.1} ms{database}",
            answer.version
        )
    }
}

/// A failed ping: one line on stderr, or one JSON object on stdout with `--json`.
fn report_failure(
    settings: &Settings,
    out: &Output,
    args: &PingArgs,
    url: &str,
    err: &anyhow::Error,
) -> anyhow::Result<ExitCode> {
    let code = exit_code_of(err);
    if settings.quiet {
        return Ok(code);
    }
    let message = rpc::one_line(&format!("{err:#}"));
    if args.json {
        out.json_line(
            &json!({"status": "error", "url": url, "error": message, "exit_code": code as u8}),
        )?;
    } else {
        log::error!("{message}");
    }
    Ok(code)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn answer(database: Option<DatabaseCheck>) -> Answer {
        Answer {
            version: "8.2.0".into(),
            latency: Duration::from_micros(1_940),
            database,
        }
    }

    #[test]
    fn an_answer_is_one_line_like_pg_isready() {
        let url = "http://127.0.0.1:8000";
        assert_eq!(
            describe_answer(false, url, &answer(None)),
            "ok http://127.0.0.1:8000 tryton 8.2.0 1.9 ms"
        );
        assert_eq!(
            describe_answer(
                false,
                url,
                &answer(Some(DatabaseCheck::Found("tryton".into())))
            ),
            "ok http://127.0.0.1:8000 tryton 8.2.0 1.9 ms database tryton found"
        );
    }

    #[test]
    fn a_json_answer_carries_the_database_check() {
        let text = describe_answer(
            true,
            "http://x",
            &answer(Some(DatabaseCheck::Unchecked(
                "db".into(),
                "not listed".into(),
            ))),
        );
        let value: Value = serde_json::from_str(&text).unwrap();
        assert_eq!(value["status"], "ok");
        assert_eq!(value["latency_ms"], 1.9);
        assert_eq!(value["database"]["status"], "unchecked");
        assert_eq!(value["database"]["reason"], "not listed");
    }
}
