//! The arguments of `module`, `user` and `lang`: administration over RPC, as an administrator.

use std::path::PathBuf;

use clap::{Args, Subcommand};
use clap_complete::engine::ArgValueCompleter;

use super::OutputArgs;

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
