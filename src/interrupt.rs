//! Ctrl-C and SIGTERM during batched work (import, create, write, delete). A batch the server
//! is running commits whether or not the client waits for its answer, so the first signal does
//! not end the process: it asks the run to stop after the batch in flight, which then says
//! exactly what the server holds and how to go on. A second signal stops at once, saying which
//! batch may or may not have been applied.
//!
//! The signals are taken by a thread (signal-hook's iterator), so that the second one can print
//! a message of its own; system calls in flight are restarted (SA_RESTART), so the HTTP
//! exchange of the batch in flight goes on undisturbed.

use std::sync::Mutex;
use std::sync::atomic::{AtomicI32, Ordering};

use signal_hook::consts::{SIGINT, SIGTERM};
use signal_hook::iterator::Signals;

static REQUESTED: AtomicI32 = AtomicI32::new(0);
/// What the request in flight holds ("records 1001–2000 (lines 1002–2001)"), if one is.
static IN_FLIGHT: Mutex<Option<String>> = Mutex::new(None);

/// Take SIGINT and SIGTERM from now on (for the rest of the process). On a terminal, what is
/// said starts on a line of its own (after the `^C` the terminal echoes).
pub fn install(terminal: bool) {
    let start = if terminal { "\n" } else { "" };
    let mut signals = match Signals::new([SIGINT, SIGTERM]) {
        Ok(signals) => signals,
        // Without the handlers, a signal ends the process as it always does.
        Err(_) => return,
    };
    std::thread::spawn(move || {
        for signal in signals.forever() {
            if REQUESTED.swap(signal, Ordering::SeqCst) == 0 {
                let flight = IN_FLIGHT.lock().ok().and_then(|held| held.clone());
                if let Some(flight) = flight {
                    log::info!(
                        "{start}tryton-cli: stopping once the server has answered for {flight} (interrupt again to stop at once)"
                    );
                }
                continue;
            }
            let flight = IN_FLIGHT.lock().ok().and_then(|held| held.clone());
            match flight {
                Some(flight) => die(
                    signal,
                    &format!(
                        "stopped at once: the server may or may not have applied {flight}; check before going on"
                    ),
                ),
                None => die(signal, "stopped"),
            }
        }
    });
}

/// The signal that asked the run to stop, if one did.
pub fn requested() -> Option<i32> {
    match REQUESTED.load(Ordering::SeqCst) {
        0 => None,
        signal => Some(signal),
    }
}

/// Note what the request about to be sent holds (`None` once it was answered).
pub fn set_in_flight(what: Option<String>) {
    if let Ok(mut held) = IN_FLIGHT.lock() {
        *held = what;
    }
}

/// Say `message` and end the process by `signal`, as the shell expects of a program the
/// signal stopped (its status is 128 + the signal: 130 for Ctrl-C, 143 for SIGTERM).
pub fn die(signal: i32, message: &str) -> ! {
    log::error!("{message}");
    let _ = signal_hook::low_level::emulate_default_handler(signal);
    std::process::exit(128 + signal)
}
