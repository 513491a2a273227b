//! The arguments of `module`, `user` and `lang`: administration over RPC, as an administrator.

use std::path::PathBuf;

use clap::{Args, Subcommand};
use clap_complete::engine::ArgValueCompleter;

use super::OutputArgs;

/// `module`'s long help: what `module --help` says after the one-line summary.
pub const MODULE_ABOUT: &str = "Manage the database's modules (ir.module) over RPC, as an administrator. \
'module list' shows each module's state, version and dependencies. 'activate', 'upgrade' and \
'deactivate' first check that no other module operation is pending (and, on 8.x, that no \
scheduled action is running), then print the plan: every module that will change and how \
(activating a module activates the modules it depends on; upgrading one upgrades the activated \
modules that depend on it). --dry-run stops there and changes nothing. Otherwise it asks on a \
terminal, or needs --yes elsewhere (else exit 3, nothing sent). It then presses the module \
button and runs the server's ir.module.activate_upgrade wizard, whose session is always deleted. \
That request may take minutes: it is a write, never sent twice and not cut by --timeout (only \
by --write-timeout, if given). Afterwards the states are read again and the setup wizards the \
server queued are listed. Modules already in the state asked for are 'nothing to do' (exit 0). \
An unknown name is exit 1: the server's list of modules on disk is refreshed only on its host \
(trytond-admin --update-modules-list). A failed run leaves modules pending: 'module cancel' \
clears them.";

/// `module --help`'s closing lines: examples (and exit codes where they differ).
pub const MODULE_EXAMPLES: &str = "Examples:
  tryton-cli module list
  tryton-cli module list sale -o json
  tryton-cli module activate sale --dry-run
  tryton-cli module activate sale stock --yes
  tryton-cli module upgrade party
  tryton-cli module cancel                 # clear what a failed run left pending";

#[derive(Debug, Args)]
pub struct ModuleArgs {
    #[command(subcommand)]
    pub action: ModuleAction,
}

#[derive(Debug, Subcommand)]
pub enum ModuleAction {
    /// List the modules: name, state, version and what each depends on
    List(ModuleListArgs),
    /// Activate modules (and the modules they depend on)
    Activate(ModuleChangeArgs),
    /// Upgrade activated modules (and the activated modules that depend on them)
    Upgrade(ModuleChangeArgs),
    /// Deactivate modules (refused while an activated module depends on them)
    Deactivate(ModuleChangeArgs),
    /// Cancel a pending operation (modules left "to activate", "to upgrade" or "to remove")
    Cancel(ModuleCancelArgs),
}

#[derive(Debug, Args)]
pub struct ModuleListArgs {
    /// Only the modules whose name contains PATTERN
    pub pattern: Option<String>,

    #[command(flatten)]
    pub output: OutputArgs,
}

#[derive(Debug, Args)]
pub struct ModuleChangeArgs {
    /// Module names, e.g. sale stock
    #[arg(required = true, value_name = "NAME", add = ArgValueCompleter::new(crate::complete::module_names))]
    pub names: Vec<String>,

    /// Print the plan (every module that would change, and how) and change nothing
    #[arg(long)]
    pub dry_run: bool,
}

#[derive(Debug, Args)]
pub struct ModuleCancelArgs {
    /// Module names [default: every module with a pending operation]
    #[arg(value_name = "NAME", add = ArgValueCompleter::new(crate::complete::module_names))]
    pub names: Vec<String>,
}

/// `user`'s long help: what `user --help` says after the one-line summary.
pub const USER_ABOUT: &str = "Manage users (res.user) and their groups (res.group) over RPC, as an \
administrator. A password is never a command-line argument: it is read from --new-password-file \
(a file only its owner can read), from standard input with --password-stdin, or asked for on a \
terminal without echo; it is never shown in traces (-vv) or errors. The server's password rules \
(length, forbidden words) are its own: their message is the error. 'user passwd' without a \
login sets your own password, and the stored session is renewed with it (the server ends the \
user's sessions when a password changes). 'user disable' asks first on a terminal, or needs \
--yes elsewhere: the user's login is refused from then on and its sessions end.";

/// `user --help`'s closing lines: examples (and exit codes where they differ).
pub const USER_EXAMPLES: &str = "Examples:
  tryton-cli user list
  tryton-cli user add ci-bot --name 'CI bot' --group 'Party Administration' --new-password-file ci.pw
  printf '%s\\n' \"$PW\" | tryton-cli user passwd ci-bot --password-stdin
  tryton-cli user passwd                 # your own, asked without echo
  tryton-cli user disable ci-bot --yes
  tryton-cli user groups ci-bot --add 'Currency Administration'";

#[derive(Debug, Args)]
pub struct UserArgs {
    #[command(subcommand)]
    pub action: UserAction,
}

/// Where a new password comes from: a file, standard input, or a prompt without echo.
#[derive(Debug, Args)]
pub struct NewPasswordArgs {
    /// Read the user's new password from the first line of this file (it must not be readable
    /// by others)
    #[arg(long, value_name = "FILE", conflicts_with = "password_stdin")]
    pub new_password_file: Option<PathBuf>,

    /// Read the user's new password from the first line of standard input
    #[arg(long)]
    pub password_stdin: bool,
}

#[derive(Debug, Subcommand)]
pub enum UserAction {
    /// List the users: login, name, email, active, groups
    List(UserListArgs),
    /// Create a user
    Add(UserAddArgs),
    /// Set a user's password (yours too: the session is renewed with it)
    Passwd(UserPasswdArgs),
    /// Disable a user: the login is refused from then on, its sessions end (asks first)
    Disable(UserLoginArg),
    /// Enable a disabled user
    Enable(UserLoginArg),
    /// Show a user's groups, or change them with --add and --remove
    Groups(UserGroupsArgs),
}

#[derive(Debug, Args)]
pub struct UserListArgs {
    /// Only the users whose login or name contains PATTERN
    pub pattern: Option<String>,

    /// Disabled users too
    #[arg(long)]
    pub all: bool,

    #[command(flatten)]
    pub output: OutputArgs,
}

#[derive(Debug, Args)]
pub struct UserAddArgs {
    /// The new user's login
    pub login: String,

    /// Full name [default: the login]
    #[arg(long, value_name = "NAME")]
    pub name: Option<String>,

    /// Email address
    #[arg(long, value_name = "EMAIL")]
    pub email: Option<String>,

    /// A group to put the user in, by name (repeatable)
    #[arg(long = "group", value_name = "NAME")]
    pub groups: Vec<String>,

    #[command(flatten)]
    pub password: NewPasswordArgs,
}

#[derive(Debug, Args)]
pub struct UserPasswdArgs {
    /// The user's login [default: your own]
    #[arg(add = ArgValueCompleter::new(crate::complete::user_logins))]
    pub login: Option<String>,

    #[command(flatten)]
    pub password: NewPasswordArgs,
}

#[derive(Debug, Args)]
pub struct UserLoginArg {
    /// The user's login
    #[arg(add = ArgValueCompleter::new(crate::complete::user_logins))]
    pub login: String,
}

#[derive(Debug, Args)]
pub struct UserGroupsArgs {
    /// The user's login
    #[arg(add = ArgValueCompleter::new(crate::complete::user_logins))]
    pub login: String,

    /// Put the user in this group, by name (repeatable)
    #[arg(long, value_name = "GROUP")]
    pub add: Vec<String>,

    /// Take the user out of this group, by name (repeatable)
    #[arg(long, value_name = "GROUP")]
    pub remove: Vec<String>,

    #[command(flatten)]
    pub output: OutputArgs,
}

/// `lang`'s long help: what `lang --help` says after the one-line summary.
pub const LANG_ABOUT: &str = "Manage languages (ir.lang) over RPC, as an administrator: 'lang list' shows \
each language's code, name, and whether its translations are loaded (translatable) and it is \
active; 'lang load CODE' loads the translations of the activated modules (a few seconds a \
language), after which a context such as '{\"language\": \"fr\"}' gives translated labels; \
'lang unload CODE' removes them.";

/// `lang --help`'s closing lines: examples (and exit codes where they differ).
pub const LANG_EXAMPLES: &str = "Examples:
  tryton-cli lang list
  tryton-cli lang load fr
  tryton-cli call model.party.party.fields_get '[\"name\"]' --context '{\"language\": \"fr\"}' --jq .name.string
  tryton-cli lang unload fr";

#[derive(Debug, Args)]
pub struct LangArgs {
    #[command(subcommand)]
    pub action: LangAction,
}

#[derive(Debug, Subcommand)]
pub enum LangAction {
    /// List the languages: code, name, whether translations are loaded, whether active
    List(LangListArgs),
    /// Load a language's translations of the activated modules
    Load(LangCodeArg),
    /// Unload a language's translations
    Unload(LangCodeArg),
}

#[derive(Debug, Args)]
pub struct LangListArgs {
    /// Only the languages whose code or name contains PATTERN
    pub pattern: Option<String>,

    #[command(flatten)]
    pub output: OutputArgs,
}

#[derive(Debug, Args)]
pub struct LangCodeArg {
    /// Language code, e.g. fr or de
    #[arg(add = ArgValueCompleter::new(crate::complete::lang_codes))]
    pub code: String,
}
