//! The Secret Service (gnome-keyring, KeePassXC, KWallet… over D-Bus) as a keyring-core store,
//! talking to it through a *plain* session, as gh's go-keyring does.
//!
//! dbus-secret-service-keyring-store always opens a Diffie-Hellman session
//! (`dh-ietf1024-sha256-aes128-cbc-pkcs7`): two 1024-bit modular exponentiations in this process
//! and one in the daemon, about 8 ms of the 12 ms a keyring-stored call cost over the file store.
//! The encryption only hides the secret from whoever can read the messages on the user's own
//! session bus, that is the user's own processes, which can ask the keyring for the secret
//! anyway. The secret never touches the disk either way (the daemon keeps it encrypted at rest).
//!
//! Items are laid out as dbus-secret-service-keyring-store 1.x lays them out (attributes
//! `service` and `username`, label `keyring:USER@SERVICE`, the default collection), plus an
//! `application` attribute, `tryton-cli`: another program's item with the same service and
//! username (python-keyring, secret-tool, anything on the user's bus) is then neither read nor
//! overwritten nor deleted. Items without an `application` attribute are ours when they carry
//! the label earlier versions wrote (they are read back, and marked ours when rewritten); an
//! item another program marked with its own `application` is never ours.

use std::collections::HashMap;
use std::sync::{Arc, Mutex, MutexGuard};

use dbus_secret_service::{EncryptionType, Error as ServiceError, Item, Path, SecretService};
use keyring_core::api::{Credential, CredentialApi, CredentialPersistence, CredentialStoreApi};
use keyring_core::{Entry, Error, Result};

/// What the secret's content type is set to (as dbus-secret-service-keyring-store does).
const CONTENT_TYPE: &str = "application/octet-stream";

/// The `application` attribute of the items this program writes.
pub const APPLICATION: &str = "tryton-cli";

/// The connection to the Secret Service with its plain session, shared by the store's entries.
type Shared = Arc<Mutex<SecretService>>;

/// A keyring-core store on the Secret Service, over a plain session.
pub struct Store {
    ss: Shared,
}

impl std::fmt::Debug for Store {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Store")
            .field("vendor", &self.vendor())
            .finish()
    }
}

impl Store {
    /// Connects to the session bus and opens a plain session with the Secret Service. Without
    /// `prompts`, a locked item or collection is refused at once (`NoStorageAccess`) instead of
    /// showing the desktop's unlock prompt and waiting for it.
    pub fn new(prompts: bool) -> Result<Arc<Store>> {
        let ss = if prompts {
            SecretService::connect(EncryptionType::Plain)
        } else {
            SecretService::connect_with_max_prompt_timeout(EncryptionType::Plain, 0)
        }
        .map_err(platform_failure)?;
        Ok(Arc::new(Store {
            ss: Arc::new(Mutex::new(ss)),
        }))
    }
}

impl CredentialStoreApi for Store {
    fn vendor(&self) -> String {
        "Secret Service store (plain session), tryton-cli".to_string()
    }

    fn id(&self) -> String {
        "tryton-cli secret-service plain".to_string()
    }

    fn build(
        &self,
        service: &str,
        user: &str,
        modifiers: Option<&HashMap<&str, &str>>,
    ) -> Result<Entry> {
        if modifiers.is_some_and(|m| !m.is_empty()) {
            return Err(Error::NotSupportedByStore(
                "this Secret Service store takes no modifiers".to_string(),
            ));
        }
        Ok(Entry::new_with_credential(Arc::new(Specifier {
            ss: self.ss.clone(),
            service: service.to_string(),
            user: user.to_string(),
        })))
    }

    fn as_any(&self) -> &dyn std::any::Any {
        self
    }

    fn persistence(&self) -> CredentialPersistence {
        CredentialPersistence::UntilDelete
    }
}

fn lock(ss: &Shared) -> MutexGuard<'_, SecretService> {
    // A panic while holding the lock leaves the connection as usable as before.
    ss.lock().unwrap_or_else(|poisoned| poisoned.into_inner())
}

/// The item(s) for (service, user): found by their attributes each time, as keyring-core expects.
struct Specifier {
    ss: Shared,
    service: String,
    user: String,
}

impl std::fmt::Debug for Specifier {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Specifier")
            .field("service", &self.service)
            .field("user", &self.user)
            .finish()
    }
}

impl Specifier {
    /// What the items are searched by: what earlier versions wrote too.
    fn attributes(&self) -> HashMap<&str, &str> {
        HashMap::from([
            ("service", self.service.as_str()),
            ("username", self.user.as_str()),
        ])
    }

    /// What the items this program writes carry.
    fn own_attributes(&self) -> HashMap<&str, &str> {
        let mut attributes = self.attributes();
        attributes.insert("application", APPLICATION);
        attributes
    }

    fn label(&self) -> String {
        format!("keyring:{}@{}", self.user, self.service)
    }

    /// Ours: marked with our `application`, or unmarked with the label earlier versions wrote.
    /// (Attributes and labels are readable on locked items.)
    fn is_ours(&self, item: &Item) -> bool {
        let Ok(attributes) = item.get_attributes() else {
            return false;
        };
        match attributes.get("application") {
            Some(application) => application == APPLICATION,
            None => item.get_label().is_ok_and(|label| label == self.label()),
        }
    }

    /// Paths of our matching items, locked ones unlocked first (which may prompt on a desktop);
    /// other programs' items are left alone, locked or not.
    fn find(&self) -> Result<Vec<Path<'static>>> {
        let ss = lock(&self.ss);
        let found = ss.search_items(self.attributes()).map_err(decode_error)?;
        let unlocked: Vec<&Item> = found.unlocked.iter().filter(|i| self.is_ours(i)).collect();
        let locked: Vec<&Item> = found.locked.iter().filter(|i| self.is_ours(i)).collect();
        if !locked.is_empty() {
            ss.unlock_all(&locked).map_err(decode_error)?;
        }
        Ok(unlocked
            .into_iter()
            .chain(locked)
            .map(|item| item.path.clone())
            .collect())
    }

    /// The one matching item; `NoEntry` for none, `Ambiguous` (with an entry each) for several.
    fn unique(&self) -> Result<Path<'static>> {
        let mut paths = self.find()?;
        match paths.len() {
            0 => Err(Error::NoEntry),
            1 => Ok(paths.remove(0)),
            _ => Err(Error::Ambiguous(
                paths
                    .into_iter()
                    .map(|path| {
                        Entry::new_with_credential(Arc::new(Found {
                            ss: self.ss.clone(),
                            path,
                        }))
                    })
                    .collect(),
            )),
        }
    }
}

impl CredentialApi for Specifier {
    fn set_secret(&self, secret: &[u8]) -> Result<()> {
        match self.unique() {
            Ok(path) => {
                set_secret(&self.ss, &path, secret)?;
                // An item an earlier version wrote is marked ours from now on.
                let ss = lock(&self.ss);
                let _ = Item::new(&ss, path).set_attributes(self.own_attributes());
                return Ok(());
            }
            Err(Error::NoEntry) => {}
            Err(e) => return Err(e),
        }
        let ss = lock(&self.ss);
        let collection = ss.get_default_collection().map_err(decode_error)?;
        if collection.is_locked().map_err(decode_error)? {
            collection.unlock().map_err(decode_error)?;
        }
        collection
            .create_item(
                &self.label(),
                self.own_attributes(),
                secret,
                true,
                CONTENT_TYPE,
            )
            .map_err(platform_failure)?;
        Ok(())
    }

    fn get_secret(&self) -> Result<Vec<u8>> {
        let path = self.unique()?;
        get_secret(&self.ss, &path)
    }

    fn delete_credential(&self) -> Result<()> {
        let path = self.unique()?;
        delete(&self.ss, &path)
    }

    fn get_credential(&self) -> Result<Option<Arc<Credential>>> {
        let path = self.unique()?;
        Ok(Some(Arc::new(Found {
            ss: self.ss.clone(),
            path,
        })))
    }

    fn get_specifiers(&self) -> Option<(String, String)> {
        Some((self.service.clone(), self.user.clone()))
    }

    fn as_any(&self) -> &dyn std::any::Any {
        self
    }
}

/// One existing item, by its D-Bus path (what an `Ambiguous` error lists).
struct Found {
    ss: Shared,
    path: Path<'static>,
}

impl std::fmt::Debug for Found {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Found").field("path", &self.path).finish()
    }
}

impl CredentialApi for Found {
    fn set_secret(&self, secret: &[u8]) -> Result<()> {
        set_secret(&self.ss, &self.path, secret)
    }

    fn get_secret(&self) -> Result<Vec<u8>> {
        get_secret(&self.ss, &self.path)
    }

    fn delete_credential(&self) -> Result<()> {
        delete(&self.ss, &self.path)
    }

    fn get_credential(&self) -> Result<Option<Arc<Credential>>> {
        Ok(None)
    }

    fn get_specifiers(&self) -> Option<(String, String)> {
        None
    }

    fn as_any(&self) -> &dyn std::any::Any {
        self
    }
}

fn get_secret(ss: &Shared, path: &Path<'static>) -> Result<Vec<u8>> {
    let ss = lock(ss);
    Item::new(&ss, path.clone())
        .get_secret()
        .map_err(decode_error)
}

fn set_secret(ss: &Shared, path: &Path<'static>, secret: &[u8]) -> Result<()> {
    let ss = lock(ss);
    Item::new(&ss, path.clone())
        .set_secret(secret, CONTENT_TYPE)
        .map_err(decode_error)
}

fn delete(ss: &Shared, path: &Path<'static>) -> Result<()> {
    let ss = lock(ss);
    let item = Item::new(&ss, path.clone());
    item.ensure_unlocked().map_err(decode_error)?;
    item.delete().map_err(decode_error)
}

/// Secret Service errors as keyring-core errors, as dbus-secret-service-keyring-store maps them:
/// a locked item, nothing found or a dismissed prompt is "no access", the rest a platform failure.
fn decode_error(err: ServiceError) -> Error {
    match err {
        ServiceError::Locked | ServiceError::NoResult | ServiceError::Prompt => {
            Error::NoStorageAccess(Box::new(err))
        }
        _ => platform_failure(err),
    }
}

fn platform_failure(err: ServiceError) -> Error {
    Error::PlatformFailure(Box::new(err))
}
