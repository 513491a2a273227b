//! Ctrl-C (and SIGTERM, SIGHUP) while a wizard runs: the signal is noted, standard input is
//! pointed at /dev/null so that a prompt waiting for a line ends at once, and the run goes on to
//! delete the wizard session; then the process ends by the same signal, as the shell expects.

use std::sync::atomic::{AtomicI32, Ordering};

use crate::exit::{ExitCode, Failure};

static RECEIVED: AtomicI32 = AtomicI32::new(0);
static DEV_NULL: AtomicI32 = AtomicI32::new(-1);
const SIGNALS: [libc::c_int; 3] = [libc::SIGINT, libc::SIGTERM, libc::SIGHUP];

extern "C" fn on_signal(signal: libc::c_int) {
    RECEIVED.store(signal, Ordering::SeqCst);
    let dev_null = DEV_NULL.load(Ordering::SeqCst);
    if dev_null >= 0 {
        // SAFETY: dup2 is async-signal-safe; a read of stdin restarted after this handler
        // reads /dev/null and ends.
        unsafe { libc::dup2(dev_null, libc::STDIN_FILENO) };
    }
}

pub fn install() {
    // SAFETY: plain libc calls with valid arguments; the handler only stores an integer
    // and calls dup2, both async-signal-safe.
    unsafe {
        let dev_null = libc::open(c"/dev/null".as_ptr(), libc::O_RDONLY | libc::O_CLOEXEC);
        DEV_NULL.store(dev_null, Ordering::SeqCst);
        let mut action: libc::sigaction = std::mem::zeroed();
        action.sa_sigaction = on_signal as extern "C" fn(libc::c_int) as libc::sighandler_t;
        // Other system calls (the HTTP exchange) go on: the session is deleted once the
        // request in flight is answered.
        action.sa_flags = libc::SA_RESTART;
        libc::sigemptyset(&mut action.sa_mask);
        for signal in SIGNALS {
            libc::sigaction(signal, &action, std::ptr::null_mut());
        }
    }
}

pub fn received() -> Option<libc::c_int> {
    match RECEIVED.load(Ordering::SeqCst) {
        0 => None,
        signal => Some(signal),
    }
}

/// Stop the wizard's work here when a signal came.
pub fn check() -> anyhow::Result<()> {
    match received() {
        None => Ok(()),
        Some(_) => Err(Failure::new(ExitCode::ServerError, "interrupted").into()),
    }
}

/// Say `message` and end the process by `signal`, its default action restored.
pub fn die(signal: libc::c_int, message: &str) -> ! {
    use std::io::Write;
    let _ = writeln!(std::io::stderr(), "\ntryton-cli: {message}");
    // SAFETY: restoring the default action and raising the signal ends the process as the
    // signal would have.
    unsafe {
        libc::signal(signal, libc::SIG_DFL);
        libc::raise(signal);
    }
    std::process::exit(128 + signal)
}
