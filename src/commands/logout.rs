//! `tryton-cli logout`: end the session on the server (when it answers) and forget it here.

use serde_json::json;

use crate::cli::LogoutArgs;
use crate::config::Settings;
use crate::exit::{ExitCode, Failure};
use crate::rpc::{RetryPolicy, Target, methods};
use crate::session::{SessionInfo, Sessions};

pub fn run(
    settings: &Settings,
    sessions: &Sessions,
    args: &LogoutArgs,
) -> anyhow::Result<ExitCode> {
    let chosen: Vec<SessionInfo> = if args.all {
        sessions.list()
    } else {
        settings.server_url()?;
        settings.database()?;
        sessions.select(settings).found
    };
    // The read cache holds record data (and its file names cannot say whose): gone at logout.
    let purged = crate::cache::Cache::purge();
    if purged > 0 {
        log::debug!("* removed {purged} cached answer(s) (--cache)");
    }
    if chosen.is_empty() {
        let orphans = if args.all {
            sessions.prune_orphaned_tokens()?
        } else {
            0
        };
        if orphans > 0 {
            log::info!("{}", orphans_removed(orphans));
        } else {
            log::info!("No stored session to log out of");
        }
        return Ok(ExitCode::Success);
    }
    if chosen.len() > 1 && !args.all {
        let users: Vec<&str> = chosen.iter().map(|s| s.login.as_str()).collect();
        return Err(Failure::usage(format!(
            "several sessions match ({}): pass -u USER or --all",
            users.join(", ")
        ))
        .into());
    }
    for info in chosen {
        let remote = end_on_server(settings, sessions, &info);
        if let Err(err) = sessions
            .forget(&info)
            .and_then(|()| sessions.clear_current_if(&info))
        {
            let told = match &remote {
                Ok(()) => "ended the session on the server, but could not forget it here",
                Err(_) => "could not forget the session here",
            };
            return Err(err.context(told.to_string()));
        }
        match remote {
            Ok(()) => log::info!(
                "Logged out of {} database {} as {}",
                info.url,
                info.database,
                info.login
            ),
            Err(why) => log::info!(
                "Forgot the session for {} database {} as {}; the server was not told ({why})",
                info.url,
                info.database,
                info.login
            ),
        }
    }
    if args.all {
        let orphans = sessions.prune_orphaned_tokens()?;
        if orphans > 0 {
            log::info!("{}", orphans_removed(orphans));
        }
    }
    Ok(ExitCode::Success)
}

fn orphans_removed(count: usize) -> String {
    format!(
        "Removed {count} stored session token(s) that no longer had an index entry (the server \
could not be told; its own session lifetime ends them)"
    )
}

/// Why the server was not told of a logout (the session is forgotten here all the same).
#[derive(Debug, thiserror::Error)]
enum NotTold {
    #[error("its token was no longer stored")]
    NoToken,
    #[error(transparent)]
    Failed(#[from] anyhow::Error),
}

fn end_on_server(
    settings: &Settings,
    sessions: &Sessions,
    info: &SessionInfo,
) -> Result<(), NotTold> {
    // An older session an `auto` login left in a locked keyring is ended too, as it is removed.
    for token in sessions.keyring_leftovers(info) {
        crate::session::end_dropped_logged(
            info,
            &token,
            settings.client_options(),
            "the session left in the keyring",
        );
    }
    // A session expired here may still be valid on the server: it is ended all the same (a 401
    // says it had already ended).
    let token = match sessions.token(info) {
        Ok(Some(token)) => token,
        Ok(None) => return Err(NotTold::NoToken),
        Err(err) => {
            // Several keyring entries for this session: each token is ended, as all are
            // deleted next.
            let tokens = sessions.all_tokens(info);
            if tokens.is_empty() {
                return Err(NotTold::Failed(err));
            }
            let mut result = Ok(());
            for token in &tokens {
                if let Err(why) =
                    crate::session::end_dropped(info, token, settings.client_options())
                {
                    result = Err(NotTold::Failed(anyhow::anyhow!(why)));
                }
            }
            return result;
        }
    };
    let mut options = settings.client_options();
    options.retry = RetryPolicy::NONE;
    let client = info.client(options, &token)?;
    match client.call(
        Target::Database(&info.database),
        methods::LOGOUT,
        &json!([]),
    ) {
        Ok(_) => Ok(()),
        Err(err) if err.status() == Some(401) => Ok(()),
        Err(err) => Err(anyhow::Error::from(err).into()),
    }
}
