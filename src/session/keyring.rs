//! The OS keyring as a session store, through keyring-core and a platform store: the Secret
//! Service over D-Bus on Linux and the BSDs (gnome-keyring, KeePassXC, KWallet…; our own store
//! over a plain session, `secret_service.rs`), the Keychain on macOS. Entries are service
//! "tryton-cli", user = account.
//!
//! Opening the store connects to it, so callers open it only when a session is needed, with
//! [`KeyringStore::open`], once per run.

use std::sync::Arc;

use keyring_core::api::{CredentialPersistence, CredentialStore};
use keyring_core::{Entry, Error as KeyringError};

use super::{SecretStore, StoreError, StoreKind};
use crate::rpc::one_line;
use crate::secret::SecretString;

/// The service name of every entry this program keeps in the keyring.
pub const SERVICE: &str = "tryton-cli";

/// A session store in the OS keyring.
pub struct KeyringStore {
    store: Arc<CredentialStore>,
}

impl std::fmt::Debug for KeyringStore {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("KeyringStore")
            .field("vendor", &self.store.vendor())
            .finish()
    }
}

impl KeyringStore {
    /// Connects to the platform's keyring. Any failure here (no D-Bus session, no Secret Service
    /// on the bus, a store that would only keep secrets in memory) is `Unavailable`.
    pub fn open() -> Result<KeyringStore, StoreError> {
        let store = platform_store()?;
        check_persistent(store.as_ref())?;
        Ok(KeyringStore { store })
    }

    fn entry(&self, account: &str) -> Result<Entry, StoreError> {
        Entry::new_in_store(&self.store, SERVICE, account).map_err(|e| map_error("open", &e))
    }
}

impl SecretStore for KeyringStore {
    fn kind(&self) -> StoreKind {
        StoreKind::Keyring
    }

    fn get(&self, account: &str) -> Result<Option<SecretString>, StoreError> {
        match self.entry(account)?.get_password() {
            Ok(secret) => Ok(Some(SecretString::new(secret))),
            Err(KeyringError::NoEntry) => Ok(None),
            Err(e) => Err(map_error("read", &e)),
        }
    }

    fn set(&self, account: &str, secret: &SecretString) -> Result<(), StoreError> {
        self.entry(account)?
            .set_password(secret.expose())
            .map_err(|e| map_error("write", &e))
    }

    fn delete(&self, account: &str) -> Result<(), StoreError> {
        match self.entry(account)?.delete_credential() {
            Ok(()) | Err(KeyringError::NoEntry) => Ok(()),
            // Several entries of ours for one account (one written by an earlier version, say):
            // logging out removes them all, which also unblocks `get` and `set`.
            Err(KeyringError::Ambiguous(entries)) => {
                for entry in entries {
                    match entry.delete_credential() {
                        Ok(()) | Err(KeyringError::NoEntry) => {}
                        Err(e) => return Err(map_error("delete", &e)),
                    }
                }
                Ok(())
            }
            Err(e) => Err(map_error("delete", &e)),
        }
    }
}

impl KeyringStore {
    /// Every token stored for `account`, when several entries of ours match it (what `get`
    /// refuses as ambiguous): `logout` ends each on the server before deleting them.
    pub fn get_all(&self, account: &str) -> Vec<SecretString> {
        let entries = match self.entry(account).map(|entry| entry.get_password()) {
            Ok(Ok(secret)) => return vec![SecretString::new(secret)],
            Ok(Err(KeyringError::Ambiguous(entries))) => entries,
            _ => return Vec::new(),
        };
        entries
            .iter()
            .filter_map(|entry| entry.get_password().ok().map(SecretString::new))
            .collect()
    }
}

/// Set for a process that must never wait for a person (shell completion): a locked keyring is
/// then unavailable at once instead of asking to be unlocked.
static NEVER_PROMPT: std::sync::atomic::AtomicBool = std::sync::atomic::AtomicBool::new(false);

/// From now on, a keyring opened by this process never asks to be unlocked (the Secret Service's
/// prompt; the Keychain does not prompt for its own items).
pub fn never_prompt() {
    NEVER_PROMPT.store(true, std::sync::atomic::Ordering::Relaxed);
}

/// What the platform store is called in messages.
#[cfg(all(
    unix,
    not(any(target_os = "macos", target_os = "ios", target_os = "android"))
))]
const BACKEND: &str = "Secret Service";
#[cfg(target_os = "macos")]
const BACKEND: &str = "macOS Keychain";

#[cfg(all(
    unix,
    not(any(target_os = "macos", target_os = "ios", target_os = "android"))
))]
fn platform_store() -> Result<Arc<CredentialStore>, StoreError> {
    let prompts = !NEVER_PROMPT.load(std::sync::atomic::Ordering::Relaxed);
    match super::secret_service::Store::new(prompts) {
        Ok(store) => Ok(store),
        Err(e) => Err(cannot_open(&e)),
    }
}

#[cfg(target_os = "macos")]
fn platform_store() -> Result<Arc<CredentialStore>, StoreError> {
    match apple_native_keyring_store::keychain::Store::new() {
        Ok(store) => Ok(store),
        Err(e) => Err(cannot_open(&e)),
    }
}

#[cfg(any(target_os = "ios", target_os = "android", not(unix)))]
const BACKEND: &str = "OS keyring";

#[cfg(any(target_os = "ios", target_os = "android", not(unix)))]
fn platform_store() -> Result<Arc<CredentialStore>, StoreError> {
    Err(StoreError::Unavailable(
        "no OS keyring is supported on this platform".to_string(),
    ))
}

/// Why the platform store could not be opened: whatever the cause, it is not usable here.
#[cfg(all(unix, not(any(target_os = "ios", target_os = "android"))))]
fn cannot_open(e: &KeyringError) -> StoreError {
    StoreError::Unavailable(format!("no usable {BACKEND}: {}", describe(e)))
}

/// Refuses a store that would lose the secret when the entry or the process goes away (a mock).
fn check_persistent(store: &CredentialStore) -> Result<(), StoreError> {
    match store.persistence() {
        CredentialPersistence::EntryOnly | CredentialPersistence::ProcessOnly => {
            Err(StoreError::Unavailable(format!(
                "the credential store ({}) keeps secrets only in memory",
                one_line(&store.vendor())
            )))
        }
        _ => Ok(()),
    }
}

/// Sorts a keyring error from an operation (`op`: "read", "write", "delete") into the two kinds
/// of store errors: a locked or missing keyring is `Unavailable`, the rest `Failed`.
fn map_error(op: &str, e: &KeyringError) -> StoreError {
    match e {
        KeyringError::NoStorageAccess(_) => StoreError::Unavailable(format!(
            "the {BACKEND} is locked or refused access: {}",
            describe(e)
        )),
        KeyringError::NoDefaultStore => {
            StoreError::Unavailable(format!("no {BACKEND}: {}", describe(e)))
        }
        _ => StoreError::Failed(format!("{BACKEND} {op} failed: {}", describe(e))),
    }
}

/// A one-line description of a keyring error that never contains the secret: the variants
/// that carry secret bytes are described without them.
fn describe(e: &KeyringError) -> String {
    match e {
        KeyringError::BadEncoding(_) => "the stored secret is not valid UTF-8".to_string(),
        KeyringError::BadDataFormat(_, _) => "the stored secret is malformed".to_string(),
        KeyringError::Ambiguous(entries) => format!(
            "{} keyring entries match this account (logging out deletes them all)",
            entries.len()
        ),
        KeyringError::PlatformFailure(inner) | KeyringError::NoStorageAccess(inner) => {
            one_line(&inner.to_string())
        }
        other => one_line(&other.to_string()),
    }
}

/// The gist of why no keyring could be used, for the one line `login` prints; the whole text
/// is shown with `-v`.
pub fn short_reason(full: &str) -> String {
    let text = full.to_ascii_lowercase();
    let gist = if text.contains("autolaunch")
        || text.contains("dbus_session_bus_address")
        || text.contains("failed to connect to socket")
    {
        "no D-Bus session bus"
    } else if text.contains("serviceunknown")
        || text.contains("org.freedesktop.secrets")
        || text.contains("not provided by any")
    {
        "no Secret Service on this session bus"
    } else if text.contains("locked") || text.contains("refused access") {
        "the keyring is locked"
    } else if text.contains("only in memory") {
        "the credential store keeps secrets only in memory"
    } else {
        return full.chars().take(100).collect();
    };
    gist.to_string()
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::process::{Command, Stdio};

    #[test]
    fn the_short_reason_names_what_is_missing() {
        let autolaunch = "no usable Secret Service: D-Bus error: Using X11 for dbus-daemon \
autolaunch was disabled at compile time, set your DBUS_SESSION_BUS_ADDRESS instead";
        assert_eq!(short_reason(autolaunch), "no D-Bus session bus");
        let unknown = "no usable Secret Service: org.freedesktop.DBus.Error.ServiceUnknown: \
The name org.freedesktop.secrets was not provided by any .service files";
        assert_eq!(
            short_reason(unknown),
            "no Secret Service on this session bus"
        );
        assert_eq!(short_reason("something else"), "something else");
    }
    use std::time::{Duration, Instant, SystemTime, UNIX_EPOCH};

    /// The real-keyring tests run only inside `scripts/with-secret-service`, which sets this.
    fn secret_service_wanted() -> bool {
        if std::env::var("TRYTON_TEST_SECRET_SERVICE").as_deref() == Ok("1") {
            return true;
        }
        eprintln!(
            "note: skipped (needs a Secret Service: run under scripts/with-secret-service, \
             which sets TRYTON_TEST_SECRET_SERVICE=1)"
        );
        false
    }

    /// An account name no other test run uses.
    fn unique_account(tag: &str) -> String {
        let nanos = SystemTime::now()
            .duration_since(UNIX_EPOCH)
            .unwrap()
            .as_nanos();
        format!(
            "test-{tag}-{}-{nanos}@http://localhost:8000/db",
            std::process::id()
        )
    }

    /// Runs one test of this module in a new process of the test binary, with `env`, killing it
    /// if it is not done within `limit`; returns its combined output.
    fn run_child(test: &str, env: &[(&str, &str)], limit: Duration) -> String {
        let mut command = Command::new(std::env::current_exe().unwrap());
        command
            .args([
                "--exact",
                test,
                "--ignored",
                "--nocapture",
                "--test-threads=1",
            ])
            .stdin(Stdio::null())
            .stdout(Stdio::piped())
            .stderr(Stdio::piped());
        for (key, value) in env {
            command.env(key, value);
        }
        let mut child = command.spawn().unwrap();
        let started = Instant::now();
        loop {
            if child.try_wait().unwrap().is_some() {
                break;
            }
            if started.elapsed() > limit {
                child.kill().unwrap();
                let output = child.wait_with_output().unwrap();
                panic!(
                    "{test} still running after {limit:?}: {}{}",
                    String::from_utf8_lossy(&output.stdout),
                    String::from_utf8_lossy(&output.stderr)
                );
            }
            std::thread::sleep(Duration::from_millis(20));
        }
        let output = child.wait_with_output().unwrap();
        let text = format!(
            "{}{}",
            String::from_utf8_lossy(&output.stdout),
            String::from_utf8_lossy(&output.stderr)
        );
        assert!(output.status.success(), "{test} failed: {text}");
        assert!(text.contains("1 passed"), "{test} did not run: {text}");
        text
    }

    #[test]
    fn an_in_memory_store_is_refused() {
        let mock: Arc<CredentialStore> = keyring_core::mock::Store::new().unwrap();
        match check_persistent(mock.as_ref()) {
            Err(StoreError::Unavailable(message)) => {
                assert!(message.contains("only in memory"), "{message}")
            }
            other => panic!("a mock store was accepted: {other:?}"),
        }
    }

    #[test]
    fn messages_never_carry_the_secret_and_stay_on_one_line() {
        let secret = b"hunter2".to_vec();
        for e in [
            KeyringError::BadEncoding(secret.clone()),
            KeyringError::BadDataFormat(secret.clone(), "bad\npadding hunter2".into()),
        ] {
            match map_error("read", &e) {
                StoreError::Failed(message) => {
                    assert!(!message.contains("hunter2"), "{message}");
                    assert!(!message.contains("104, 117"), "{message}");
                }
                other => panic!("{other:?}"),
            }
        }
        let locked = KeyringError::NoStorageAccess("object\nlocked".into());
        match map_error("read", &locked) {
            StoreError::Unavailable(message) => {
                assert!(!message.contains('\n'), "{message}");
                assert!(message.contains("object locked"), "{message}");
            }
            other => panic!("{other:?}"),
        }
        assert!(matches!(
            map_error("write", &KeyringError::NoDefaultStore),
            StoreError::Unavailable(_)
        ));
        assert!(matches!(
            map_error("write", &KeyringError::PlatformFailure("boom".into())),
            StoreError::Failed(_)
        ));
    }

    /// Without a D-Bus session, `open` says Unavailable at once. Run in a child process, because
    /// the test changes DBUS_SESSION_BUS_ADDRESS, and killed if it hangs.
    #[test]
    fn without_a_dbus_session_the_keyring_is_unavailable_quickly() {
        if !cfg!(all(
            unix,
            not(any(
                target_os = "macos",
                target_os = "ios",
                target_os = "android"
            ))
        )) {
            return;
        }
        run_child(
            "session::keyring::tests::child_open_without_dbus",
            &[
                (
                    "DBUS_SESSION_BUS_ADDRESS",
                    "unix:path=/nonexistent/tryton-cli-test/bus",
                ),
                ("TRYTON_KEYRING_CHILD", "1"),
            ],
            Duration::from_secs(20),
        );
    }

    #[test]
    #[ignore = "helper, run in a child process by another test"]
    fn child_open_without_dbus() {
        if std::env::var("TRYTON_KEYRING_CHILD").is_err() {
            return;
        }
        let started = Instant::now();
        let result = KeyringStore::open();
        let elapsed = started.elapsed();
        match result {
            Err(StoreError::Unavailable(message)) => {
                eprintln!("open() without D-Bus: Unavailable({message}) in {elapsed:?}");
                assert!(!message.contains('\n'), "{message}");
            }
            other => panic!("expected Unavailable, got {other:?}"),
        }
        assert!(elapsed < Duration::from_secs(2), "took {elapsed:?}");
    }

    #[test]
    fn the_store_is_the_persistent_secret_service() {
        if !secret_service_wanted() {
            return;
        }
        let store = KeyringStore::open().expect("open the Secret Service");
        let vendor = store.store.vendor();
        assert!(
            vendor.contains("Secret Service store (plain session), tryton-cli"),
            "unexpected store: {vendor}"
        );
        assert!(matches!(
            store.store.persistence(),
            CredentialPersistence::UntilDelete
        ));
        assert_eq!(store.kind(), StoreKind::Keyring);
    }

    #[test]
    fn round_trip_against_the_secret_service() {
        if !secret_service_wanted() {
            return;
        }
        let store = KeyringStore::open().expect("open the Secret Service");
        let account = unique_account("roundtrip");
        assert_eq!(store.get(&account).unwrap(), None);
        store
            .delete(&account)
            .expect("deleting a missing entry is fine");

        store.set(&account, &SecretString::new("token-1")).unwrap();
        assert_eq!(
            store.get(&account).unwrap(),
            Some(SecretString::new("token-1"))
        );
        store
            .set(&account, &SecretString::new("token-2 é✓"))
            .unwrap();
        assert_eq!(
            store.get(&account).unwrap(),
            Some(SecretString::new("token-2 é✓"))
        );

        store.delete(&account).unwrap();
        assert_eq!(store.get(&account).unwrap(), None);
        store.delete(&account).unwrap();
    }

    #[test]
    fn a_second_store_and_a_new_process_read_the_secret_back() {
        if !secret_service_wanted() {
            return;
        }
        let account = unique_account("second");
        let first = KeyringStore::open().expect("open the Secret Service");
        first
            .set(&account, &SecretString::new("shared-token"))
            .unwrap();

        let second = KeyringStore::open().expect("open the Secret Service again");
        assert_eq!(
            second.get(&account).unwrap(),
            Some(SecretString::new("shared-token"))
        );

        // A new process (what the next invocation of the CLI is) reads it back, then deletes it.
        run_child(
            "session::keyring::tests::child_reads_back_and_deletes",
            &[
                ("TRYTON_KEYRING_CHILD", "1"),
                ("TRYTON_KEYRING_CHILD_ACCOUNT", &account),
            ],
            Duration::from_secs(30),
        );
        assert_eq!(first.get(&account).unwrap(), None);
    }

    #[test]
    #[ignore = "helper, run in a child process by another test"]
    fn child_reads_back_and_deletes() {
        let Ok(account) = std::env::var("TRYTON_KEYRING_CHILD_ACCOUNT") else {
            return;
        };
        let store = KeyringStore::open().expect("open the Secret Service in the child");
        assert_eq!(
            store.get(&account).unwrap(),
            Some(SecretString::new("shared-token"))
        );
        store.delete(&account).unwrap();
    }

    /// Sessions stored by earlier versions (dbus-secret-service-keyring-store, over a DH session)
    /// are read back by the plain-session store, and what it writes is read back by the old one:
    /// both use the same item attributes.
    #[cfg(all(
        unix,
        not(any(target_os = "macos", target_os = "ios", target_os = "android"))
    ))]
    #[test]
    fn the_plain_store_and_the_earlier_dh_store_read_each_others_sessions() {
        if !secret_service_wanted() {
            return;
        }
        let old: Arc<CredentialStore> =
            dbus_secret_service_keyring_store::Store::new().expect("open the DH store");
        let old_entry = |account: &str| Entry::new_in_store(&old, SERVICE, account).unwrap();
        let store = KeyringStore::open().expect("open the Secret Service");
        let account = unique_account("compat");

        old_entry(&account).set_password("written-by-0.1").unwrap();
        assert_eq!(
            store.get(&account).unwrap(),
            Some(SecretString::new("written-by-0.1"))
        );
        store
            .set(&account, &SecretString::new("rewritten-plain"))
            .unwrap();
        assert_eq!(
            old_entry(&account).get_password().unwrap(),
            "rewritten-plain"
        );
        // One item, updated in place, not a second one beside it.
        assert_eq!(secret_service_items(&account), 1);
        store.delete(&account).unwrap();
        assert!(matches!(
            old_entry(&account).get_password(),
            Err(KeyringError::NoEntry)
        ));
    }

    /// Two items of ours for one account (one written by an earlier version, say): reading says
    /// so without guessing, and logging out deletes both. Another program's items with the same
    /// service and username are neither read nor deleted.
    #[cfg(all(
        unix,
        not(any(target_os = "macos", target_os = "ios", target_os = "android"))
    ))]
    #[test]
    fn two_items_of_ours_are_reported_and_deleted_and_foreign_ones_left_alone() {
        if !secret_service_wanted() {
            return;
        }
        let account = unique_account("twice");
        let ss =
            dbus_secret_service::SecretService::connect(dbus_secret_service::EncryptionType::Plain)
                .unwrap();
        let collection = ss.get_default_collection().unwrap();
        let legacy_label = format!("keyring:{account}@{SERVICE}");
        let items = [
            // Written by an earlier version: no application, its label.
            (legacy_label.as_str(), None, "one"),
            // Written by this one.
            ("ours", Some("tryton-cli"), "two"),
            // Another program's, with the same service and username.
            (
                "Password for it",
                Some("Python keyring library"),
                "foreign-1",
            ),
            ("planted", None, "foreign-2"),
        ];
        for (label, application, secret) in items {
            let mut attributes =
                std::collections::HashMap::from([("service", SERVICE), ("username", &account)]);
            if let Some(application) = application {
                attributes.insert("application", application);
            }
            collection
                .create_item(label, attributes, secret.as_bytes(), false, "text/plain")
                .unwrap();
        }
        assert_eq!(secret_service_items(&account), 4);

        let store = KeyringStore::open().expect("open the Secret Service");
        match store.get(&account) {
            Err(StoreError::Failed(message)) => assert!(
                message.contains("2 keyring entries match this account"),
                "{message}"
            ),
            other => panic!("expected an ambiguity, got {other:?}"),
        }
        store.delete(&account).unwrap();
        assert_eq!(secret_service_items(&account), 2, "the foreign items stay");
        assert_eq!(
            store.get(&account).unwrap(),
            None,
            "foreign items are not read"
        );
        store.set(&account, &SecretString::new("mine")).unwrap();
        assert_eq!(
            store.get(&account).unwrap(),
            Some(SecretString::new("mine"))
        );
        store.delete(&account).unwrap();
        assert_eq!(secret_service_items(&account), 2, "the foreign items stay");
        let found = ss
            .search_items(std::collections::HashMap::from([(
                "username",
                account.as_str(),
            )]))
            .unwrap();
        for item in found.unlocked.iter().chain(found.locked.iter()) {
            item.delete().unwrap();
        }
    }

    /// How many items the Secret Service holds for this account.
    #[cfg(all(
        unix,
        not(any(target_os = "macos", target_os = "ios", target_os = "android"))
    ))]
    fn secret_service_items(account: &str) -> usize {
        let ss =
            dbus_secret_service::SecretService::connect(dbus_secret_service::EncryptionType::Plain)
                .unwrap();
        let found = ss
            .search_items(std::collections::HashMap::from([
                ("service", SERVICE),
                ("username", account),
            ]))
            .unwrap();
        found.unlocked.len() + found.locked.len()
    }

    /// Shell completion forbids prompts: a locked keyring is then Unavailable at once, instead of
    /// the desktop's unlock dialog. Locking the test keyring would disturb the other tests, so
    /// this runs in a child process with a Secret Service of its own (scripts/with-secret-service).
    #[cfg(all(
        unix,
        not(any(target_os = "macos", target_os = "ios", target_os = "android"))
    ))]
    #[test]
    fn without_prompts_a_locked_keyring_is_unavailable_at_once() {
        if !secret_service_wanted() {
            return;
        }
        let script = concat!(env!("CARGO_MANIFEST_DIR"), "/scripts/with-secret-service");
        let out = Command::new(script)
            .arg(std::env::current_exe().unwrap())
            .args([
                "--exact",
                "session::keyring::tests::child_locked_keyring_without_prompts",
                "--ignored",
                "--nocapture",
                "--test-threads=1",
            ])
            .env("TRYTON_KEYRING_CHILD", "1")
            .env_remove("WITH_SECRET_SERVICE_HOME")
            .stdin(Stdio::null())
            .output()
            .unwrap();
        let text = format!(
            "{}{}",
            String::from_utf8_lossy(&out.stdout),
            String::from_utf8_lossy(&out.stderr)
        );
        assert!(out.status.success(), "{text}");
        assert!(text.contains("1 passed"), "did not run: {text}");
        // Headless, gnome-keyring's prompter (gcr-prompter, started on the child's bus when a
        // prompt is asked for) fails at once too, saying so on stderr: no prompt was asked for.
        assert!(!text.contains("prompter"), "a prompt was asked for: {text}");
    }

    #[cfg(all(
        unix,
        not(any(target_os = "macos", target_os = "ios", target_os = "android"))
    ))]
    #[test]
    #[ignore = "helper, run in a child process by another test"]
    fn child_locked_keyring_without_prompts() {
        if std::env::var("TRYTON_KEYRING_CHILD").is_err() {
            return;
        }
        never_prompt();
        let store = KeyringStore::open().expect("open the Secret Service");
        let account = unique_account("locked");
        store.set(&account, &SecretString::new("token")).unwrap();
        let lock = Command::new("dbus-send")
            .args([
                "--session",
                "--print-reply",
                "--dest=org.freedesktop.secrets",
                "/org/freedesktop/secrets",
                "org.freedesktop.Secret.Service.Lock",
                "array:objpath:/org/freedesktop/secrets/collection/login",
            ])
            .output()
            .unwrap();
        assert!(lock.status.success(), "{lock:?}");
        let started = Instant::now();
        let result = KeyringStore::open().and_then(|store| store.get(&account));
        let elapsed = started.elapsed();
        match result {
            Err(StoreError::Unavailable(message)) => {
                assert!(message.contains("locked"), "{message}")
            }
            other => panic!("expected Unavailable, got {other:?}"),
        }
        assert!(elapsed < Duration::from_millis(500), "took {elapsed:?}");
    }
}
