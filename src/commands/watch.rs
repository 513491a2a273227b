//! `--watch DURATION` (search, call's read methods, status): the command again and again until
//! Ctrl-C, as watch(1) and psql's `\watch`. On a terminal the screen is cleared and a header
//! (the interval, the command, the time) drawn before each run; when piped, each result comes
//! after a `--- <UTC time>` line. Ctrl-C ends it with exit 0: SIGINT only sets a flag, checked
//! between runs and while sleeping (in small steps), so a request under way finishes first.
//!
//! A run that fails because the server did not answer, or answered an error, is shown (one
//! line on stderr) and the watch goes on; an error of the command itself (a bad argument, no
//! session) ends it with its exit code.

use std::sync::atomic::{AtomicBool, Ordering};
use std::time::{Duration, Instant, SystemTime};

use crate::exit::{ExitCode, exit_code_of};
use crate::output::Output;
use crate::rpc;

static INTERRUPTED: AtomicBool = AtomicBool::new(false);

extern "C" fn on_sigint(_: libc::c_int) {
    INTERRUPTED.store(true, Ordering::SeqCst);
}

/// SIGINT sets [`INTERRUPTED`]; system calls under way are restarted (SA_RESTART), so a request
/// is not cut in the middle.
fn catch_sigint() {
    // SAFETY: the handler only stores to an atomic, which is async-signal-safe.
    unsafe {
        let mut action: libc::sigaction = std::mem::zeroed();
        action.sa_sigaction = on_sigint as *const () as usize;
        action.sa_flags = libc::SA_RESTART;
        libc::sigemptyset(&mut action.sa_mask);
        libc::sigaction(libc::SIGINT, &action, std::ptr::null_mut());
    }
}

/// Runs `command` once, or with `every` again and again until Ctrl-C.
pub fn run(
    out: &Output,
    every: Option<Duration>,
    mut command: impl FnMut() -> anyhow::Result<ExitCode>,
) -> anyhow::Result<ExitCode> {
    let Some(every) = every else {
        return command();
    };
    if every.is_zero() {
        return Err(crate::exit::Failure::usage("--watch must be more than 0").into());
    }
    catch_sigint();
    let shown: Vec<String> = std::env::args().skip(1).collect();
    let shown = format!("tryton-cli {}", shown.join(" "));
    let every_text = humantime::format_duration(every);
    while !INTERRUPTED.load(Ordering::SeqCst) {
        let started = Instant::now();
        let now = humantime::format_rfc3339_seconds(SystemTime::now());
        if out.term().stdout {
            out.redraw(&format!("Every {every_text}: {shown}    {now}"))?;
        } else {
            out.line(format!("--- {now}"))?;
        }
        match command() {
            Ok(_) => {}
            Err(err)
                if matches!(
                    exit_code_of(&err),
                    ExitCode::NoAnswer | ExitCode::ServerError
                ) =>
            {
                log::error!("{}", rpc::one_line(&format!("{err:#}")));
            }
            Err(err) => return Err(err),
        }
        let next = started + every;
        while !INTERRUPTED.load(Ordering::SeqCst) {
            let now = Instant::now();
            if now >= next {
                break;
            }
            std::thread::sleep((next - now).min(Duration::from_millis(50)));
        }
    }
    Ok(ExitCode::Success)
}
