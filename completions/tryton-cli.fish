# Print an optspec for argparse to handle cmd's options that are independent of any subcommand.
function __fish_tryton_cli_global_optspecs
    string join \n url= d/database= timeout= write-timeout= retries= u/user= profile= session-store= password-file= cacert= insecure max-response-size= jq= v/verbose q/quiet y/yes h/help V/version
end

function __fish_tryton_cli_needs_command
    # Figure out if the current invocation already has a command.
    set -l cmd (commandline -opc)
    set -e cmd[1]
    argparse -s (__fish_tryton_cli_global_optspecs) -- $cmd 2>/dev/null
    or return
    if set -q argv[1]
        # Also print the command, so this can be used to figure out what it is.
        echo $argv[1]
        return 1
    end
    return 0
end

function __fish_tryton_cli_using_subcommand
    set -l cmd (__fish_tryton_cli_needs_command)
    test -z "$cmd"
    and return 1
    contains -- $cmd[1] $argv
end

complete -c tryton-cli -n "__fish_tryton_cli_needs_command" -l url -d 'Tryton server URL, e.g. http://127.0.0.1:8000 (also read from TRYTON_RPC_URL)' -r -f
complete -c tryton-cli -n "__fish_tryton_cli_needs_command" -s d -l database -d 'Database name' -r -f
complete -c tryton-cli -n "__fish_tryton_cli_needs_command" -l timeout -d 'Timeout for connecting, and for each read (search, read, export...): seconds, or a duration such as 500ms or 1m; 0 is no limit [default: 10]' -r -f
complete -c tryton-cli -n "__fish_tryton_cli_needs_command" -l write-timeout -d 'Limit on a write (create, write, delete, import, button, wizard, report...) once it is sent: by default none, as the server may still commit a write it was given up on; a write cut short may have been applied. 0 is no limit [default: 0]' -r -f
complete -c tryton-cli -n "__fish_tryton_cli_needs_command" -l retries -d 'How often a failed request is sent again when that is safe [default: 3]; a proxy\'s 502 or 503 for a read is retried for up to 30 s instead (0: never)' -r -f
complete -c tryton-cli -n "__fish_tryton_cli_needs_command" -s u -l user -d 'Login name (also picks the stored session when several users are logged in)' -r -f
complete -c tryton-cli -n "__fish_tryton_cli_needs_command" -l profile -d 'Profile from the config file (~/.config/tryton-cli/config.toml)' -r -f -a '(tryton-cli --generate profile-names 2>/dev/null)'
complete -c tryton-cli -n "__fish_tryton_cli_needs_command" -l session-store -d 'Where sessions are kept: the OS keyring, a 0600 file, either (auto), or nowhere [default: auto]' -r -f -a "auto\t'The OS keyring when it answers, else a file'
keyring\t''
file\t''
none\t'Keep nothing: every run logs in'"
complete -c tryton-cli -n "__fish_tryton_cli_needs_command" -l password-file -d 'Read the password from the first line of this file (it must not be readable by others)' -r -F
complete -c tryton-cli -n "__fish_tryton_cli_needs_command" -l cacert -d 'Trust the certificates in this PEM file (a private CA) instead of the system store; remembered with the session at login' -r -F
complete -c tryton-cli -n "__fish_tryton_cli_needs_command" -l max-response-size -d 'Refuse answers larger than this: bytes, or a size such as 512KiB or 10MiB [default: 256MiB]' -r -f
complete -c tryton-cli -n "__fish_tryton_cli_needs_command" -l jq -d 'Run this jq program on the JSON output (in-process; no jq needed), as gh\'s --jq: on each record of search, read, models, fields and export (the whole list with -o json), on the result of call (and of a button or wizard), on ping/status/cron --json. Each output is printed on a line of its own, strings raw (as jq -r), anything else as compact JSON. A bad program is exit 3 before anything is sent' -r -f
complete -c tryton-cli -n "__fish_tryton_cli_needs_command" -l insecure -d 'Do not verify the server\'s TLS certificate (prints a warning); remembered with the session at login'
complete -c tryton-cli -n "__fish_tryton_cli_needs_command" -s v -l verbose -d 'Trace requests on stderr (-vv adds bodies); secrets are always redacted'
complete -c tryton-cli -n "__fish_tryton_cli_needs_command" -s q -l quiet -d 'Print nothing but results (ping: nothing at all; use the exit code)'
complete -c tryton-cli -n "__fish_tryton_cli_needs_command" -s y -l yes -d 'Answer yes to every question of this run: confirmations of deletes and bulk writes, and the server\'s warnings ("do you want to proceed?")'
complete -c tryton-cli -n "__fish_tryton_cli_needs_command" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c tryton-cli -n "__fish_tryton_cli_needs_command" -s V -l version -d 'Print version'
complete -c tryton-cli -n "__fish_tryton_cli_needs_command" -f -a "ping" -d 'Check that the server answers JSON-RPC (exit codes for scripts and CI)'
complete -c tryton-cli -n "__fish_tryton_cli_needs_command" -f -a "health" -d 'Check many servers at once for monitoring: a table, JSON, Prometheus or Nagios'
complete -c tryton-cli -n "__fish_tryton_cli_needs_command" -f -a "login" -d 'Log in and keep the session for later commands'
complete -c tryton-cli -n "__fish_tryton_cli_needs_command" -f -a "logout" -d 'Log out: end the session on the server and forget it here'
complete -c tryton-cli -n "__fish_tryton_cli_needs_command" -f -a "status" -d 'Show the stored sessions and whether the server still accepts them'
complete -c tryton-cli -n "__fish_tryton_cli_needs_command" -f -a "switch" -d 'Make another stored session the current one (used when no --url, -d or -u is given)'
complete -c tryton-cli -n "__fish_tryton_cli_needs_command" -f -a "call" -d 'Call any RPC method with JSON arguments'
complete -c tryton-cli -n "__fish_tryton_cli_needs_command" -f -a "search" -d 'Query a model: domain, fields, order and limit, shown as a table, JSON, NDJSON or CSV'
complete -c tryton-cli -n "__fish_tryton_cli_needs_command" -f -a "read" -d 'Read records by id'
complete -c tryton-cli -n "__fish_tryton_cli_needs_command" -f -a "models" -d 'List the models (ir.model), optionally those whose name contains PATTERN'
complete -c tryton-cli -n "__fish_tryton_cli_needs_command" -f -a "fields" -d 'Show a model\'s fields: name, type, label, relation, required, readonly'
complete -c tryton-cli -n "__fish_tryton_cli_needs_command" -f -a "export" -d 'Export records with Tryton\'s export_data: CSV as the desktop client writes it'
complete -c tryton-cli -n "__fish_tryton_cli_needs_command" -f -a "import" -d 'Import a CSV file with Tryton\'s import_data, in batches of records'
complete -c tryton-cli -n "__fish_tryton_cli_needs_command" -f -a "create" -d 'Create records from NDJSON or a JSON array; prints the new ids'
complete -c tryton-cli -n "__fish_tryton_cli_needs_command" -f -a "write" -d 'Write values to records by id or by domain (--where asks first)'
complete -c tryton-cli -n "__fish_tryton_cli_needs_command" -f -a "delete" -d 'Delete records by id or by domain (asks first; --yes without a terminal)'
complete -c tryton-cli -n "__fish_tryton_cli_needs_command" -f -a "report" -d 'Run a report and write the document it makes (ODT, PDF, a zip of several) to a file'
complete -c tryton-cli -n "__fish_tryton_cli_needs_command" -f -a "wizard" -d 'Run a wizard on records: its views filled from --data, its buttons pressed with --state'
complete -c tryton-cli -n "__fish_tryton_cli_needs_command" -f -a "button" -d 'Press a button of records of a model (e.g. a cron\'s "Run once")'
complete -c tryton-cli -n "__fish_tryton_cli_needs_command" -f -a "cron" -d 'List the scheduled actions (ir.cron), or check that none is late (--check)'
complete -c tryton-cli -n "__fish_tryton_cli_needs_command" -f -a "wait" -d 'Wait until the records a domain matches meet a condition (--for), as kubectl wait'
complete -c tryton-cli -n "__fish_tryton_cli_needs_command" -f -a "module" -d 'Activate, upgrade or deactivate modules, with a plan before every change'
complete -c tryton-cli -n "__fish_tryton_cli_needs_command" -f -a "user" -d 'List and add users, set passwords, disable or enable logins, change groups'
complete -c tryton-cli -n "__fish_tryton_cli_needs_command" -f -a "lang" -d 'List languages, load or unload their translations'
complete -c tryton-cli -n "__fish_tryton_cli_needs_command" -f -a "plan" -d 'Show what apply would change to make the server match a file of declared records'
complete -c tryton-cli -n "__fish_tryton_cli_needs_command" -f -a "apply" -d 'Make the server match a file of declared records (or a saved plan), plan first'
complete -c tryton-cli -n "__fish_tryton_cli_needs_command" -f -a "state" -d 'Write existing records as a file that plan and apply read'
complete -c tryton-cli -n "__fish_tryton_cli_needs_command" -f -a "diff" -d 'Compare the records of two databases or servers (exit 5 when they differ)'
complete -c tryton-cli -n "__fish_tryton_cli_needs_command" -f -a "sync" -d 'Make one database match another for the records of a file or of models'
complete -c tryton-cli -n "__fish_tryton_cli_needs_command" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c tryton-cli -n "__fish_tryton_cli_using_subcommand ping" -l wait -d 'Keep trying until the server answers or this much time has passed (e.g. 30s, 2m)' -r -f
complete -c tryton-cli -n "__fish_tryton_cli_using_subcommand ping" -l count -d 'Ping this many times, one line each' -r -f
complete -c tryton-cli -n "__fish_tryton_cli_using_subcommand ping" -l interval -d 'Time between two pings with --count' -r -f
complete -c tryton-cli -n "__fish_tryton_cli_using_subcommand ping" -l url -d 'Tryton server URL, e.g. http://127.0.0.1:8000 (also read from TRYTON_RPC_URL)' -r -f
complete -c tryton-cli -n "__fish_tryton_cli_using_subcommand ping" -s d -l database -d 'Database name' -r -f
complete -c tryton-cli -n "__fish_tryton_cli_using_subcommand ping" -l timeout -d 'Timeout for connecting, and for each read (search, read, export...): seconds, or a duration such as 500ms or 1m; 0 is no limit [default: 10]' -r -f
complete -c tryton-cli -n "__fish_tryton_cli_using_subcommand ping" -l write-timeout -d 'Limit on a write (create, write, delete, import, button, wizard, report...) once it is sent: by default none, as the server may still commit a write it was given up on; a write cut short may have been applied. 0 is no limit [default: 0]' -r -f
complete -c tryton-cli -n "__fish_tryton_cli_using_subcommand ping" -l retries -d 'How often a failed request is sent again when that is safe [default: 3]; a proxy\'s 502 or 503 for a read is retried for up to 30 s instead (0: never)' -r -f
complete -c tryton-cli -n "__fish_tryton_cli_using_subcommand ping" -s u -l user -d 'Login name (also picks the stored session when several users are logged in)' -r -f
complete -c tryton-cli -n "__fish_tryton_cli_using_subcommand ping" -l profile -d 'Profile from the config file (~/.config/tryton-cli/config.toml)' -r -f -a '(tryton-cli --generate profile-names 2>/dev/null)'
complete -c tryton-cli -n "__fish_tryton_cli_using_subcommand ping" -l session-store -d 'Where sessions are kept: the OS keyring, a 0600 file, either (auto), or nowhere [default: auto]' -r -f -a "auto\t'The OS keyring when it answers, else a file'
keyring\t''
file\t''
none\t'Keep nothing: every run logs in'"
complete -c tryton-cli -n "__fish_tryton_cli_using_subcommand ping" -l password-file -d 'Read the password from the first line of this file (it must not be readable by others)' -r -F
complete -c tryton-cli -n "__fish_tryton_cli_using_subcommand ping" -l cacert -d 'Trust the certificates in this PEM file (a private CA) instead of the system store; remembered with the session at login' -r -F
complete -c tryton-cli -n "__fish_tryton_cli_using_subcommand ping" -l max-response-size -d 'Refuse answers larger than this: bytes, or a size such as 512KiB or 10MiB [default: 256MiB]' -r -f
complete -c tryton-cli -n "__fish_tryton_cli_using_subcommand ping" -l jq -d 'Run this jq program on the JSON output (in-process; no jq needed), as gh\'s --jq: on each record of search, read, models, fields and export (the whole list with -o json), on the result of call (and of a button or wizard), on ping/status/cron --json. Each output is printed on a line of its own, strings raw (as jq -r), anything else as compact JSON. A bad program is exit 3 before anything is sent' -r -f
complete -c tryton-cli -n "__fish_tryton_cli_using_subcommand ping" -l json -d 'Print one JSON object instead of a line of text'
complete -c tryton-cli -n "__fish_tryton_cli_using_subcommand ping" -l insecure -d 'Do not verify the server\'s TLS certificate (prints a warning); remembered with the session at login'
complete -c tryton-cli -n "__fish_tryton_cli_using_subcommand ping" -s v -l verbose -d 'Trace requests on stderr (-vv adds bodies); secrets are always redacted'
complete -c tryton-cli -n "__fish_tryton_cli_using_subcommand ping" -s q -l quiet -d 'Print nothing but results (ping: nothing at all; use the exit code)'
complete -c tryton-cli -n "__fish_tryton_cli_using_subcommand ping" -s y -l yes -d 'Answer yes to every question of this run: confirmations of deletes and bulk writes, and the server\'s warnings ("do you want to proceed?")'
complete -c tryton-cli -n "__fish_tryton_cli_using_subcommand ping" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c tryton-cli -n "__fish_tryton_cli_using_subcommand ping" -s V -l version -d 'Print version'
complete -c tryton-cli -n "__fish_tryton_cli_using_subcommand health" -l targets -d 'Read targets from this file: one a line, a URL (optionally followed by a database name) or a profile name; blank lines and lines starting with # are skipped' -r -F
complete -c tryton-cli -n "__fish_tryton_cli_using_subcommand health" -s o -l output -d 'Output format: a table, one JSON object per target, Prometheus text exposition format, or one Nagios plugin line (with the Nagios exit codes)' -r -f -a "table\t''
json\t''
prometheus\t''
nagios\t''"
complete -c tryton-cli -n "__fish_tryton_cli_using_subcommand health" -l output-file -d 'Write the output to this file instead of stdout (-o prometheus or -o json): written to a temporary file beside it, then renamed, so that node_exporter\'s textfile collector never reads half a file' -r -F
complete -c tryton-cli -n "__fish_tryton_cli_using_subcommand health" -l late -d 'How far in the past an active cron job\'s next call may be before the job counts as late (as cron --check)' -r -f
complete -c tryton-cli -n "__fish_tryton_cli_using_subcommand health" -l max-errors -d 'How many open ir.error records (failed cron runs and queue tasks) a healthy server may have' -r -f
complete -c tryton-cli -n "__fish_tryton_cli_using_subcommand health" -l parallel -d 'How many targets are checked at once' -r -f
complete -c tryton-cli -n "__fish_tryton_cli_using_subcommand health" -l url -d 'Tryton server URL, e.g. http://127.0.0.1:8000 (also read from TRYTON_RPC_URL)' -r -f
complete -c tryton-cli -n "__fish_tryton_cli_using_subcommand health" -s d -l database -d 'Database name' -r -f
complete -c tryton-cli -n "__fish_tryton_cli_using_subcommand health" -l timeout -d 'Timeout for connecting, and for each read (search, read, export...): seconds, or a duration such as 500ms or 1m; 0 is no limit [default: 10]' -r -f
complete -c tryton-cli -n "__fish_tryton_cli_using_subcommand health" -l write-timeout -d 'Limit on a write (create, write, delete, import, button, wizard, report...) once it is sent: by default none, as the server may still commit a write it was given up on; a write cut short may have been applied. 0 is no limit [default: 0]' -r -f
complete -c tryton-cli -n "__fish_tryton_cli_using_subcommand health" -l retries -d 'How often a failed request is sent again when that is safe [default: 3]; a proxy\'s 502 or 503 for a read is retried for up to 30 s instead (0: never)' -r -f
complete -c tryton-cli -n "__fish_tryton_cli_using_subcommand health" -s u -l user -d 'Login name (also picks the stored session when several users are logged in)' -r -f
complete -c tryton-cli -n "__fish_tryton_cli_using_subcommand health" -l profile -d 'Profile from the config file (~/.config/tryton-cli/config.toml)' -r -f -a '(tryton-cli --generate profile-names 2>/dev/null)'
complete -c tryton-cli -n "__fish_tryton_cli_using_subcommand health" -l session-store -d 'Where sessions are kept: the OS keyring, a 0600 file, either (auto), or nowhere [default: auto]' -r -f -a "auto\t'The OS keyring when it answers, else a file'
keyring\t''
file\t''
none\t'Keep nothing: every run logs in'"
complete -c tryton-cli -n "__fish_tryton_cli_using_subcommand health" -l password-file -d 'Read the password from the first line of this file (it must not be readable by others)' -r -F
complete -c tryton-cli -n "__fish_tryton_cli_using_subcommand health" -l cacert -d 'Trust the certificates in this PEM file (a private CA) instead of the system store; remembered with the session at login' -r -F
complete -c tryton-cli -n "__fish_tryton_cli_using_subcommand health" -l max-response-size -d 'Refuse answers larger than this: bytes, or a size such as 512KiB or 10MiB [default: 256MiB]' -r -f
complete -c tryton-cli -n "__fish_tryton_cli_using_subcommand health" -l jq -d 'Run this jq program on the JSON output (in-process; no jq needed), as gh\'s --jq: on each record of search, read, models, fields and export (the whole list with -o json), on the result of call (and of a button or wizard), on ping/status/cron --json. Each output is printed on a line of its own, strings raw (as jq -r), anything else as compact JSON. A bad program is exit 3 before anything is sent' -r -f
complete -c tryton-cli -n "__fish_tryton_cli_using_subcommand health" -l all-profiles -d 'Check every profile of the config file'
complete -c tryton-cli -n "__fish_tryton_cli_using_subcommand health" -l insecure -d 'Do not verify the server\'s TLS certificate (prints a warning); remembered with the session at login'
complete -c tryton-cli -n "__fish_tryton_cli_using_subcommand health" -s v -l verbose -d 'Trace requests on stderr (-vv adds bodies); secrets are always redacted'
complete -c tryton-cli -n "__fish_tryton_cli_using_subcommand health" -s q -l quiet -d 'Print nothing but results (ping: nothing at all; use the exit code)'
complete -c tryton-cli -n "__fish_tryton_cli_using_subcommand health" -s y -l yes -d 'Answer yes to every question of this run: confirmations of deletes and bulk writes, and the server\'s warnings ("do you want to proceed?")'
complete -c tryton-cli -n "__fish_tryton_cli_using_subcommand health" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c tryton-cli -n "__fish_tryton_cli_using_subcommand health" -s V -l version -d 'Print version'
complete -c tryton-cli -n "__fish_tryton_cli_using_subcommand login" -l login-param -d 'Answer a further login factor the server asks for, e.g. sms_code=123456 (repeatable). Kept out of the command line with NAME=- (read from standard input: asked without echo on a terminal, else the next line, after the password\'s with --password-stdin) or NAME=@FILE (the first line of a file only its owner can read, e.g. @/dev/fd/3)' -r -f
complete -c tryton-cli -n "__fish_tryton_cli_using_subcommand login" -l save-profile -d 'Save the URL, database and user as this profile in the config file' -r -f
complete -c tryton-cli -n "__fish_tryton_cli_using_subcommand login" -l url -d 'Tryton server URL, e.g. http://127.0.0.1:8000 (also read from TRYTON_RPC_URL)' -r -f
complete -c tryton-cli -n "__fish_tryton_cli_using_subcommand login" -s d -l database -d 'Database name' -r -f
complete -c tryton-cli -n "__fish_tryton_cli_using_subcommand login" -l timeout -d 'Timeout for connecting, and for each read (search, read, export...): seconds, or a duration such as 500ms or 1m; 0 is no limit [default: 10]' -r -f
complete -c tryton-cli -n "__fish_tryton_cli_using_subcommand login" -l write-timeout -d 'Limit on a write (create, write, delete, import, button, wizard, report...) once it is sent: by default none, as the server may still commit a write it was given up on; a write cut short may have been applied. 0 is no limit [default: 0]' -r -f
complete -c tryton-cli -n "__fish_tryton_cli_using_subcommand login" -l retries -d 'How often a failed request is sent again when that is safe [default: 3]; a proxy\'s 502 or 503 for a read is retried for up to 30 s instead (0: never)' -r -f
complete -c tryton-cli -n "__fish_tryton_cli_using_subcommand login" -s u -l user -d 'Login name (also picks the stored session when several users are logged in)' -r -f
complete -c tryton-cli -n "__fish_tryton_cli_using_subcommand login" -l profile -d 'Profile from the config file (~/.config/tryton-cli/config.toml)' -r -f -a '(tryton-cli --generate profile-names 2>/dev/null)'
complete -c tryton-cli -n "__fish_tryton_cli_using_subcommand login" -l session-store -d 'Where sessions are kept: the OS keyring, a 0600 file, either (auto), or nowhere [default: auto]' -r -f -a "auto\t'The OS keyring when it answers, else a file'
keyring\t''
file\t''
none\t'Keep nothing: every run logs in'"
complete -c tryton-cli -n "__fish_tryton_cli_using_subcommand login" -l password-file -d 'Read the password from the first line of this file (it must not be readable by others)' -r -F
complete -c tryton-cli -n "__fish_tryton_cli_using_subcommand login" -l cacert -d 'Trust the certificates in this PEM file (a private CA) instead of the system store; remembered with the session at login' -r -F
complete -c tryton-cli -n "__fish_tryton_cli_using_subcommand login" -l max-response-size -d 'Refuse answers larger than this: bytes, or a size such as 512KiB or 10MiB [default: 256MiB]' -r -f
complete -c tryton-cli -n "__fish_tryton_cli_using_subcommand login" -l jq -d 'Run this jq program on the JSON output (in-process; no jq needed), as gh\'s --jq: on each record of search, read, models, fields and export (the whole list with -o json), on the result of call (and of a button or wizard), on ping/status/cron --json. Each output is printed on a line of its own, strings raw (as jq -r), anything else as compact JSON. A bad program is exit 3 before anything is sent' -r -f
complete -c tryton-cli -n "__fish_tryton_cli_using_subcommand login" -l password-stdin -d 'Read the password from the first line of standard input'
complete -c tryton-cli -n "__fish_tryton_cli_using_subcommand login" -l insecure -d 'Do not verify the server\'s TLS certificate (prints a warning); remembered with the session at login'
complete -c tryton-cli -n "__fish_tryton_cli_using_subcommand login" -s v -l verbose -d 'Trace requests on stderr (-vv adds bodies); secrets are always redacted'
complete -c tryton-cli -n "__fish_tryton_cli_using_subcommand login" -s q -l quiet -d 'Print nothing but results (ping: nothing at all; use the exit code)'
complete -c tryton-cli -n "__fish_tryton_cli_using_subcommand login" -s y -l yes -d 'Answer yes to every question of this run: confirmations of deletes and bulk writes, and the server\'s warnings ("do you want to proceed?")'
complete -c tryton-cli -n "__fish_tryton_cli_using_subcommand login" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c tryton-cli -n "__fish_tryton_cli_using_subcommand login" -s V -l version -d 'Print version'
complete -c tryton-cli -n "__fish_tryton_cli_using_subcommand logout" -l url -d 'Tryton server URL, e.g. http://127.0.0.1:8000 (also read from TRYTON_RPC_URL)' -r -f
complete -c tryton-cli -n "__fish_tryton_cli_using_subcommand logout" -s d -l database -d 'Database name' -r -f
complete -c tryton-cli -n "__fish_tryton_cli_using_subcommand logout" -l timeout -d 'Timeout for connecting, and for each read (search, read, export...): seconds, or a duration such as 500ms or 1m; 0 is no limit [default: 10]' -r -f
complete -c tryton-cli -n "__fish_tryton_cli_using_subcommand logout" -l write-timeout -d 'Limit on a write (create, write, delete, import, button, wizard, report...) once it is sent: by default none, as the server may still commit a write it was given up on; a write cut short may have been applied. 0 is no limit [default: 0]' -r -f
complete -c tryton-cli -n "__fish_tryton_cli_using_subcommand logout" -l retries -d 'How often a failed request is sent again when that is safe [default: 3]; a proxy\'s 502 or 503 for a read is retried for up to 30 s instead (0: never)' -r -f
complete -c tryton-cli -n "__fish_tryton_cli_using_subcommand logout" -s u -l user -d 'Login name (also picks the stored session when several users are logged in)' -r -f
complete -c tryton-cli -n "__fish_tryton_cli_using_subcommand logout" -l profile -d 'Profile from the config file (~/.config/tryton-cli/config.toml)' -r -f -a '(tryton-cli --generate profile-names 2>/dev/null)'
complete -c tryton-cli -n "__fish_tryton_cli_using_subcommand logout" -l session-store -d 'Where sessions are kept: the OS keyring, a 0600 file, either (auto), or nowhere [default: auto]' -r -f -a "auto\t'The OS keyring when it answers, else a file'
keyring\t''
file\t''
none\t'Keep nothing: every run logs in'"
complete -c tryton-cli -n "__fish_tryton_cli_using_subcommand logout" -l password-file -d 'Read the password from the first line of this file (it must not be readable by others)' -r -F
complete -c tryton-cli -n "__fish_tryton_cli_using_subcommand logout" -l cacert -d 'Trust the certificates in this PEM file (a private CA) instead of the system store; remembered with the session at login' -r -F
complete -c tryton-cli -n "__fish_tryton_cli_using_subcommand logout" -l max-response-size -d 'Refuse answers larger than this: bytes, or a size such as 512KiB or 10MiB [default: 256MiB]' -r -f
complete -c tryton-cli -n "__fish_tryton_cli_using_subcommand logout" -l jq -d 'Run this jq program on the JSON output (in-process; no jq needed), as gh\'s --jq: on each record of search, read, models, fields and export (the whole list with -o json), on the result of call (and of a button or wizard), on ping/status/cron --json. Each output is printed on a line of its own, strings raw (as jq -r), anything else as compact JSON. A bad program is exit 3 before anything is sent' -r -f
complete -c tryton-cli -n "__fish_tryton_cli_using_subcommand logout" -l all -d 'Forget every stored session (each is also ended on its server, where it answers)'
complete -c tryton-cli -n "__fish_tryton_cli_using_subcommand logout" -l insecure -d 'Do not verify the server\'s TLS certificate (prints a warning); remembered with the session at login'
complete -c tryton-cli -n "__fish_tryton_cli_using_subcommand logout" -s v -l verbose -d 'Trace requests on stderr (-vv adds bodies); secrets are always redacted'
complete -c tryton-cli -n "__fish_tryton_cli_using_subcommand logout" -s q -l quiet -d 'Print nothing but results (ping: nothing at all; use the exit code)'
complete -c tryton-cli -n "__fish_tryton_cli_using_subcommand logout" -s y -l yes -d 'Answer yes to every question of this run: confirmations of deletes and bulk writes, and the server\'s warnings ("do you want to proceed?")'
complete -c tryton-cli -n "__fish_tryton_cli_using_subcommand logout" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c tryton-cli -n "__fish_tryton_cli_using_subcommand logout" -s V -l version -d 'Print version'
complete -c tryton-cli -n "__fish_tryton_cli_using_subcommand status" -l watch -d 'Run again every DURATION until Ctrl-C (exit 0): redrawn on a terminal (as the watch command); each result after a \'--- <UTC time>\' line when piped' -r -f
complete -c tryton-cli -n "__fish_tryton_cli_using_subcommand status" -l url -d 'Tryton server URL, e.g. http://127.0.0.1:8000 (also read from TRYTON_RPC_URL)' -r -f
complete -c tryton-cli -n "__fish_tryton_cli_using_subcommand status" -s d -l database -d 'Database name' -r -f
complete -c tryton-cli -n "__fish_tryton_cli_using_subcommand status" -l timeout -d 'Timeout for connecting, and for each read (search, read, export...): seconds, or a duration such as 500ms or 1m; 0 is no limit [default: 10]' -r -f
complete -c tryton-cli -n "__fish_tryton_cli_using_subcommand status" -l write-timeout -d 'Limit on a write (create, write, delete, import, button, wizard, report...) once it is sent: by default none, as the server may still commit a write it was given up on; a write cut short may have been applied. 0 is no limit [default: 0]' -r -f
complete -c tryton-cli -n "__fish_tryton_cli_using_subcommand status" -l retries -d 'How often a failed request is sent again when that is safe [default: 3]; a proxy\'s 502 or 503 for a read is retried for up to 30 s instead (0: never)' -r -f
complete -c tryton-cli -n "__fish_tryton_cli_using_subcommand status" -s u -l user -d 'Login name (also picks the stored session when several users are logged in)' -r -f
complete -c tryton-cli -n "__fish_tryton_cli_using_subcommand status" -l profile -d 'Profile from the config file (~/.config/tryton-cli/config.toml)' -r -f -a '(tryton-cli --generate profile-names 2>/dev/null)'
complete -c tryton-cli -n "__fish_tryton_cli_using_subcommand status" -l session-store -d 'Where sessions are kept: the OS keyring, a 0600 file, either (auto), or nowhere [default: auto]' -r -f -a "auto\t'The OS keyring when it answers, else a file'
keyring\t''
file\t''
none\t'Keep nothing: every run logs in'"
complete -c tryton-cli -n "__fish_tryton_cli_using_subcommand status" -l password-file -d 'Read the password from the first line of this file (it must not be readable by others)' -r -F
complete -c tryton-cli -n "__fish_tryton_cli_using_subcommand status" -l cacert -d 'Trust the certificates in this PEM file (a private CA) instead of the system store; remembered with the session at login' -r -F
complete -c tryton-cli -n "__fish_tryton_cli_using_subcommand status" -l max-response-size -d 'Refuse answers larger than this: bytes, or a size such as 512KiB or 10MiB [default: 256MiB]' -r -f
complete -c tryton-cli -n "__fish_tryton_cli_using_subcommand status" -l jq -d 'Run this jq program on the JSON output (in-process; no jq needed), as gh\'s --jq: on each record of search, read, models, fields and export (the whole list with -o json), on the result of call (and of a button or wizard), on ping/status/cron --json. Each output is printed on a line of its own, strings raw (as jq -r), anything else as compact JSON. A bad program is exit 3 before anything is sent' -r -f
complete -c tryton-cli -n "__fish_tryton_cli_using_subcommand status" -l offline -d 'Do not ask the server whether the session is still valid'
complete -c tryton-cli -n "__fish_tryton_cli_using_subcommand status" -l json -d 'Print JSON instead of text'
complete -c tryton-cli -n "__fish_tryton_cli_using_subcommand status" -l insecure -d 'Do not verify the server\'s TLS certificate (prints a warning); remembered with the session at login'
complete -c tryton-cli -n "__fish_tryton_cli_using_subcommand status" -s v -l verbose -d 'Trace requests on stderr (-vv adds bodies); secrets are always redacted'
complete -c tryton-cli -n "__fish_tryton_cli_using_subcommand status" -s q -l quiet -d 'Print nothing but results (ping: nothing at all; use the exit code)'
complete -c tryton-cli -n "__fish_tryton_cli_using_subcommand status" -s y -l yes -d 'Answer yes to every question of this run: confirmations of deletes and bulk writes, and the server\'s warnings ("do you want to proceed?")'
complete -c tryton-cli -n "__fish_tryton_cli_using_subcommand status" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c tryton-cli -n "__fish_tryton_cli_using_subcommand status" -s V -l version -d 'Print version'
complete -c tryton-cli -n "__fish_tryton_cli_using_subcommand switch" -l url -d 'Tryton server URL, e.g. http://127.0.0.1:8000 (also read from TRYTON_RPC_URL)' -r -f
complete -c tryton-cli -n "__fish_tryton_cli_using_subcommand switch" -s d -l database -d 'Database name' -r -f
complete -c tryton-cli -n "__fish_tryton_cli_using_subcommand switch" -l timeout -d 'Timeout for connecting, and for each read (search, read, export...): seconds, or a duration such as 500ms or 1m; 0 is no limit [default: 10]' -r -f
complete -c tryton-cli -n "__fish_tryton_cli_using_subcommand switch" -l write-timeout -d 'Limit on a write (create, write, delete, import, button, wizard, report...) once it is sent: by default none, as the server may still commit a write it was given up on; a write cut short may have been applied. 0 is no limit [default: 0]' -r -f
complete -c tryton-cli -n "__fish_tryton_cli_using_subcommand switch" -l retries -d 'How often a failed request is sent again when that is safe [default: 3]; a proxy\'s 502 or 503 for a read is retried for up to 30 s instead (0: never)' -r -f
complete -c tryton-cli -n "__fish_tryton_cli_using_subcommand switch" -s u -l user -d 'Login name (also picks the stored session when several users are logged in)' -r -f
complete -c tryton-cli -n "__fish_tryton_cli_using_subcommand switch" -l profile -d 'Profile from the config file (~/.config/tryton-cli/config.toml)' -r -f -a '(tryton-cli --generate profile-names 2>/dev/null)'
complete -c tryton-cli -n "__fish_tryton_cli_using_subcommand switch" -l session-store -d 'Where sessions are kept: the OS keyring, a 0600 file, either (auto), or nowhere [default: auto]' -r -f -a "auto\t'The OS keyring when it answers, else a file'
keyring\t''
file\t''
none\t'Keep nothing: every run logs in'"
complete -c tryton-cli -n "__fish_tryton_cli_using_subcommand switch" -l password-file -d 'Read the password from the first line of this file (it must not be readable by others)' -r -F
complete -c tryton-cli -n "__fish_tryton_cli_using_subcommand switch" -l cacert -d 'Trust the certificates in this PEM file (a private CA) instead of the system store; remembered with the session at login' -r -F
complete -c tryton-cli -n "__fish_tryton_cli_using_subcommand switch" -l max-response-size -d 'Refuse answers larger than this: bytes, or a size such as 512KiB or 10MiB [default: 256MiB]' -r -f
complete -c tryton-cli -n "__fish_tryton_cli_using_subcommand switch" -l jq -d 'Run this jq program on the JSON output (in-process; no jq needed), as gh\'s --jq: on each record of search, read, models, fields and export (the whole list with -o json), on the result of call (and of a button or wizard), on ping/status/cron --json. Each output is printed on a line of its own, strings raw (as jq -r), anything else as compact JSON. A bad program is exit 3 before anything is sent' -r -f
complete -c tryton-cli -n "__fish_tryton_cli_using_subcommand switch" -l insecure -d 'Do not verify the server\'s TLS certificate (prints a warning); remembered with the session at login'
complete -c tryton-cli -n "__fish_tryton_cli_using_subcommand switch" -s v -l verbose -d 'Trace requests on stderr (-vv adds bodies); secrets are always redacted'
complete -c tryton-cli -n "__fish_tryton_cli_using_subcommand switch" -s q -l quiet -d 'Print nothing but results (ping: nothing at all; use the exit code)'
complete -c tryton-cli -n "__fish_tryton_cli_using_subcommand switch" -s y -l yes -d 'Answer yes to every question of this run: confirmations of deletes and bulk writes, and the server\'s warnings ("do you want to proceed?")'
complete -c tryton-cli -n "__fish_tryton_cli_using_subcommand switch" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c tryton-cli -n "__fish_tryton_cli_using_subcommand switch" -s V -l version -d 'Print version'
complete -c tryton-cli -n "__fish_tryton_cli_using_subcommand call" -l params -d 'The whole params array as JSON, or - to read it from standard input (instead of ARGs)' -r -f
complete -c tryton-cli -n "__fish_tryton_cli_using_subcommand call" -l context -d 'JSON object merged over the user\'s context (model, wizard and report methods)' -r -f
complete -c tryton-cli -n "__fish_tryton_cli_using_subcommand call" -s o -l output -d 'Output format: json (the default), or a table or vertical blocks for a list of records' -r -f -a "json\t'The result as JSON'
table\t'A list of records as a table (search_read and read: the columns asked for)'
vertical\t'A list of records as one block per record (as psql\'s \\x)'"
complete -c tryton-cli -n "__fish_tryton_cli_using_subcommand call" -l cache -d 'Answer from a local cache of read results younger than this (e.g. 5m); fill it otherwise' -r -f
complete -c tryton-cli -n "__fish_tryton_cli_using_subcommand call" -l watch -d 'Run again every DURATION until Ctrl-C (exit 0): redrawn on a terminal (as the watch command); each result after a \'--- <UTC time>\' line when piped' -r -f
complete -c tryton-cli -n "__fish_tryton_cli_using_subcommand call" -l url -d 'Tryton server URL, e.g. http://127.0.0.1:8000 (also read from TRYTON_RPC_URL)' -r -f
complete -c tryton-cli -n "__fish_tryton_cli_using_subcommand call" -s d -l database -d 'Database name' -r -f
complete -c tryton-cli -n "__fish_tryton_cli_using_subcommand call" -l timeout -d 'Timeout for connecting, and for each read (search, read, export...): seconds, or a duration such as 500ms or 1m; 0 is no limit [default: 10]' -r -f
complete -c tryton-cli -n "__fish_tryton_cli_using_subcommand call" -l write-timeout -d 'Limit on a write (create, write, delete, import, button, wizard, report...) once it is sent: by default none, as the server may still commit a write it was given up on; a write cut short may have been applied. 0 is no limit [default: 0]' -r -f
complete -c tryton-cli -n "__fish_tryton_cli_using_subcommand call" -l retries -d 'How often a failed request is sent again when that is safe [default: 3]; a proxy\'s 502 or 503 for a read is retried for up to 30 s instead (0: never)' -r -f
complete -c tryton-cli -n "__fish_tryton_cli_using_subcommand call" -s u -l user -d 'Login name (also picks the stored session when several users are logged in)' -r -f
complete -c tryton-cli -n "__fish_tryton_cli_using_subcommand call" -l profile -d 'Profile from the config file (~/.config/tryton-cli/config.toml)' -r -f -a '(tryton-cli --generate profile-names 2>/dev/null)'
complete -c tryton-cli -n "__fish_tryton_cli_using_subcommand call" -l session-store -d 'Where sessions are kept: the OS keyring, a 0600 file, either (auto), or nowhere [default: auto]' -r -f -a "auto\t'The OS keyring when it answers, else a file'
keyring\t''
file\t''
none\t'Keep nothing: every run logs in'"
complete -c tryton-cli -n "__fish_tryton_cli_using_subcommand call" -l password-file -d 'Read the password from the first line of this file (it must not be readable by others)' -r -F
complete -c tryton-cli -n "__fish_tryton_cli_using_subcommand call" -l cacert -d 'Trust the certificates in this PEM file (a private CA) instead of the system store; remembered with the session at login' -r -F
complete -c tryton-cli -n "__fish_tryton_cli_using_subcommand call" -l max-response-size -d 'Refuse answers larger than this: bytes, or a size such as 512KiB or 10MiB [default: 256MiB]' -r -f
complete -c tryton-cli -n "__fish_tryton_cli_using_subcommand call" -l jq -d 'Run this jq program on the JSON output (in-process; no jq needed), as gh\'s --jq: on each record of search, read, models, fields and export (the whole list with -o json), on the result of call (and of a button or wizard), on ping/status/cron --json. Each output is printed on a line of its own, strings raw (as jq -r), anything else as compact JSON. A bad program is exit 3 before anything is sent' -r -f
complete -c tryton-cli -n "__fish_tryton_cli_using_subcommand call" -l no-context -d 'Send the params exactly as given, without appending the context'
complete -c tryton-cli -n "__fish_tryton_cli_using_subcommand call" -l plain -d 'Plain JSON: Tryton\'s tagged values as ISO 8601 dates, exact decimal numbers, durations in seconds and base64 bytes [default: as on the wire, {"__class__": ...}]'
complete -c tryton-cli -n "__fish_tryton_cli_using_subcommand call" -l compact -d 'Compact JSON even on a terminal'
complete -c tryton-cli -n "__fish_tryton_cli_using_subcommand call" -l pretty -d 'Indented JSON even when piped'
complete -c tryton-cli -n "__fish_tryton_cli_using_subcommand call" -l dry-run -d 'Print the JSON-RPC request and an equivalent curl command (session redacted); send nothing'
complete -c tryton-cli -n "__fish_tryton_cli_using_subcommand call" -l retry-writes -d 'The method is idempotent: re-send it after a failure even if it may have reached the server'
complete -c tryton-cli -n "__fish_tryton_cli_using_subcommand call" -l refresh -d 'With --cache: ask the server anyway and renew the cached result'
complete -c tryton-cli -n "__fish_tryton_cli_using_subcommand call" -l insecure -d 'Do not verify the server\'s TLS certificate (prints a warning); remembered with the session at login'
complete -c tryton-cli -n "__fish_tryton_cli_using_subcommand call" -s v -l verbose -d 'Trace requests on stderr (-vv adds bodies); secrets are always redacted'
complete -c tryton-cli -n "__fish_tryton_cli_using_subcommand call" -s q -l quiet -d 'Print nothing but results (ping: nothing at all; use the exit code)'
complete -c tryton-cli -n "__fish_tryton_cli_using_subcommand call" -s y -l yes -d 'Answer yes to every question of this run: confirmations of deletes and bulk writes, and the server\'s warnings ("do you want to proceed?")'
complete -c tryton-cli -n "__fish_tryton_cli_using_subcommand call" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c tryton-cli -n "__fish_tryton_cli_using_subcommand call" -s V -l version -d 'Print version'
complete -c tryton-cli -n "__fish_tryton_cli_using_subcommand search" -s f -l fields -d 'Fields to read, comma-separated; dotted names follow relations (party.rec_name, addresses.city) [default: id,rec_name]' -r -f
complete -c tryton-cli -n "__fish_tryton_cli_using_subcommand search" -l order -d 'Sort order, e.g. \'name\' or \'create_date desc,id\' [default: the model\'s own order]' -r -f
complete -c tryton-cli -n "__fish_tryton_cli_using_subcommand search" -s l -l limit -d 'At most this many records [default: 100 on a terminal, all when piped]' -r -f
complete -c tryton-cli -n "__fish_tryton_cli_using_subcommand search" -l offset -d 'Skip this many records first' -r -f
complete -c tryton-cli -n "__fish_tryton_cli_using_subcommand search" -s o -l output -d 'Output format [default: table on a terminal, ndjson when piped]' -r -f -a "table\t'A table; long cells are cut on a terminal'
vertical\t'One block per record, a \'field | value\' line per field (as psql\'s \\x)'
json\t'One JSON array of objects keyed by the fields asked for; plain values (ISO 8601 dates, exact decimal numbers, durations in seconds, bytes base64) unless --tagged'
ndjson\t'One JSON object per line, as for json'
csv\t'RFC 4180 with a header row'"
complete -c tryton-cli -n "__fish_tryton_cli_using_subcommand search" -l batch-size -d 'Records per request when paging through large results' -r -f
complete -c tryton-cli -n "__fish_tryton_cli_using_subcommand search" -l context -d 'JSON object merged over the user\'s context, e.g. \'{"language": "fr"}\'' -r -f
complete -c tryton-cli -n "__fish_tryton_cli_using_subcommand search" -l cache -d 'Answer from a local cache of read results younger than this (e.g. 5m); fill it otherwise' -r -f
complete -c tryton-cli -n "__fish_tryton_cli_using_subcommand search" -l watch -d 'Run again every DURATION until Ctrl-C (exit 0): redrawn on a terminal (as the watch command); each result after a \'--- <UTC time>\' line when piped' -r -f
complete -c tryton-cli -n "__fish_tryton_cli_using_subcommand search" -l url -d 'Tryton server URL, e.g. http://127.0.0.1:8000 (also read from TRYTON_RPC_URL)' -r -f
complete -c tryton-cli -n "__fish_tryton_cli_using_subcommand search" -s d -l database -d 'Database name' -r -f
complete -c tryton-cli -n "__fish_tryton_cli_using_subcommand search" -l timeout -d 'Timeout for connecting, and for each read (search, read, export...): seconds, or a duration such as 500ms or 1m; 0 is no limit [default: 10]' -r -f
complete -c tryton-cli -n "__fish_tryton_cli_using_subcommand search" -l write-timeout -d 'Limit on a write (create, write, delete, import, button, wizard, report...) once it is sent: by default none, as the server may still commit a write it was given up on; a write cut short may have been applied. 0 is no limit [default: 0]' -r -f
complete -c tryton-cli -n "__fish_tryton_cli_using_subcommand search" -l retries -d 'How often a failed request is sent again when that is safe [default: 3]; a proxy\'s 502 or 503 for a read is retried for up to 30 s instead (0: never)' -r -f
complete -c tryton-cli -n "__fish_tryton_cli_using_subcommand search" -s u -l user -d 'Login name (also picks the stored session when several users are logged in)' -r -f
complete -c tryton-cli -n "__fish_tryton_cli_using_subcommand search" -l profile -d 'Profile from the config file (~/.config/tryton-cli/config.toml)' -r -f -a '(tryton-cli --generate profile-names 2>/dev/null)'
complete -c tryton-cli -n "__fish_tryton_cli_using_subcommand search" -l session-store -d 'Where sessions are kept: the OS keyring, a 0600 file, either (auto), or nowhere [default: auto]' -r -f -a "auto\t'The OS keyring when it answers, else a file'
keyring\t''
file\t''
none\t'Keep nothing: every run logs in'"
complete -c tryton-cli -n "__fish_tryton_cli_using_subcommand search" -l password-file -d 'Read the password from the first line of this file (it must not be readable by others)' -r -F
complete -c tryton-cli -n "__fish_tryton_cli_using_subcommand search" -l cacert -d 'Trust the certificates in this PEM file (a private CA) instead of the system store; remembered with the session at login' -r -F
complete -c tryton-cli -n "__fish_tryton_cli_using_subcommand search" -l max-response-size -d 'Refuse answers larger than this: bytes, or a size such as 512KiB or 10MiB [default: 256MiB]' -r -f
complete -c tryton-cli -n "__fish_tryton_cli_using_subcommand search" -l jq -d 'Run this jq program on the JSON output (in-process; no jq needed), as gh\'s --jq: on each record of search, read, models, fields and export (the whole list with -o json), on the result of call (and of a button or wizard), on ping/status/cron --json. Each output is printed on a line of its own, strings raw (as jq -r), anything else as compact JSON. A bad program is exit 3 before anything is sent' -r -f
complete -c tryton-cli -n "__fish_tryton_cli_using_subcommand search" -l count -d 'Print only how many records match (those after --offset, if given): a bare number, or {"count": N} with -o json'
complete -c tryton-cli -n "__fish_tryton_cli_using_subcommand search" -l pretty -d 'Indented JSON for -o json'
complete -c tryton-cli -n "__fish_tryton_cli_using_subcommand search" -l tagged -d 'JSON with Tryton\'s tagged values as on the wire ({"__class__": "Decimal", ...}), e.g. to feed them back into call [default: plain JSON: ISO 8601 dates, exact decimal numbers, durations in seconds, bytes base64]'
complete -c tryton-cli -n "__fish_tryton_cli_using_subcommand search" -l csv-safe -d 'CSV for spreadsheets: cells starting with = + - @, a tab or a carriage return get a \' in front, so they are not run as formulas (numbers such as -12.50 stay as they are)'
complete -c tryton-cli -n "__fish_tryton_cli_using_subcommand search" -l all -d 'Everything, also on a terminal (no cap of 100 rows)'
complete -c tryton-cli -n "__fish_tryton_cli_using_subcommand search" -l refresh -d 'With --cache: ask the server anyway and renew the cached result'
complete -c tryton-cli -n "__fish_tryton_cli_using_subcommand search" -l insecure -d 'Do not verify the server\'s TLS certificate (prints a warning); remembered with the session at login'
complete -c tryton-cli -n "__fish_tryton_cli_using_subcommand search" -s v -l verbose -d 'Trace requests on stderr (-vv adds bodies); secrets are always redacted'
complete -c tryton-cli -n "__fish_tryton_cli_using_subcommand search" -s q -l quiet -d 'Print nothing but results (ping: nothing at all; use the exit code)'
complete -c tryton-cli -n "__fish_tryton_cli_using_subcommand search" -s y -l yes -d 'Answer yes to every question of this run: confirmations of deletes and bulk writes, and the server\'s warnings ("do you want to proceed?")'
complete -c tryton-cli -n "__fish_tryton_cli_using_subcommand search" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c tryton-cli -n "__fish_tryton_cli_using_subcommand search" -s V -l version -d 'Print version'
complete -c tryton-cli -n "__fish_tryton_cli_using_subcommand read" -s f -l fields -d 'Fields to read, comma-separated; dotted names follow relations (party.rec_name, addresses.city) [default: id,rec_name]' -r -f
complete -c tryton-cli -n "__fish_tryton_cli_using_subcommand read" -s o -l output -d 'Output format [default: table on a terminal, ndjson when piped]' -r -f -a "table\t'A table; long cells are cut on a terminal'
vertical\t'One block per record, a \'field | value\' line per field (as psql\'s \\x)'
json\t'One JSON array of objects keyed by the fields asked for; plain values (ISO 8601 dates, exact decimal numbers, durations in seconds, bytes base64) unless --tagged'
ndjson\t'One JSON object per line, as for json'
csv\t'RFC 4180 with a header row'"
complete -c tryton-cli -n "__fish_tryton_cli_using_subcommand read" -l cache -d 'Answer from a local cache of read results younger than this (e.g. 5m); fill it otherwise' -r -f
complete -c tryton-cli -n "__fish_tryton_cli_using_subcommand read" -l url -d 'Tryton server URL, e.g. http://127.0.0.1:8000 (also read from TRYTON_RPC_URL)' -r -f
complete -c tryton-cli -n "__fish_tryton_cli_using_subcommand read" -s d -l database -d 'Database name' -r -f
complete -c tryton-cli -n "__fish_tryton_cli_using_subcommand read" -l timeout -d 'Timeout for connecting, and for each read (search, read, export...): seconds, or a duration such as 500ms or 1m; 0 is no limit [default: 10]' -r -f
complete -c tryton-cli -n "__fish_tryton_cli_using_subcommand read" -l write-timeout -d 'Limit on a write (create, write, delete, import, button, wizard, report...) once it is sent: by default none, as the server may still commit a write it was given up on; a write cut short may have been applied. 0 is no limit [default: 0]' -r -f
complete -c tryton-cli -n "__fish_tryton_cli_using_subcommand read" -l retries -d 'How often a failed request is sent again when that is safe [default: 3]; a proxy\'s 502 or 503 for a read is retried for up to 30 s instead (0: never)' -r -f
complete -c tryton-cli -n "__fish_tryton_cli_using_subcommand read" -s u -l user -d 'Login name (also picks the stored session when several users are logged in)' -r -f
complete -c tryton-cli -n "__fish_tryton_cli_using_subcommand read" -l profile -d 'Profile from the config file (~/.config/tryton-cli/config.toml)' -r -f -a '(tryton-cli --generate profile-names 2>/dev/null)'
complete -c tryton-cli -n "__fish_tryton_cli_using_subcommand read" -l session-store -d 'Where sessions are kept: the OS keyring, a 0600 file, either (auto), or nowhere [default: auto]' -r -f -a "auto\t'The OS keyring when it answers, else a file'
keyring\t''
file\t''
none\t'Keep nothing: every run logs in'"
complete -c tryton-cli -n "__fish_tryton_cli_using_subcommand read" -l password-file -d 'Read the password from the first line of this file (it must not be readable by others)' -r -F
complete -c tryton-cli -n "__fish_tryton_cli_using_subcommand read" -l cacert -d 'Trust the certificates in this PEM file (a private CA) instead of the system store; remembered with the session at login' -r -F
complete -c tryton-cli -n "__fish_tryton_cli_using_subcommand read" -l max-response-size -d 'Refuse answers larger than this: bytes, or a size such as 512KiB or 10MiB [default: 256MiB]' -r -f
complete -c tryton-cli -n "__fish_tryton_cli_using_subcommand read" -l jq -d 'Run this jq program on the JSON output (in-process; no jq needed), as gh\'s --jq: on each record of search, read, models, fields and export (the whole list with -o json), on the result of call (and of a button or wizard), on ping/status/cron --json. Each output is printed on a line of its own, strings raw (as jq -r), anything else as compact JSON. A bad program is exit 3 before anything is sent' -r -f
complete -c tryton-cli -n "__fish_tryton_cli_using_subcommand read" -l pretty -d 'Indented JSON for -o json'
complete -c tryton-cli -n "__fish_tryton_cli_using_subcommand read" -l tagged -d 'JSON with Tryton\'s tagged values as on the wire ({"__class__": "Decimal", ...}), e.g. to feed them back into call [default: plain JSON: ISO 8601 dates, exact decimal numbers, durations in seconds, bytes base64]'
complete -c tryton-cli -n "__fish_tryton_cli_using_subcommand read" -l csv-safe -d 'CSV for spreadsheets: cells starting with = + - @, a tab or a carriage return get a \' in front, so they are not run as formulas (numbers such as -12.50 stay as they are)'
complete -c tryton-cli -n "__fish_tryton_cli_using_subcommand read" -l refresh -d 'With --cache: ask the server anyway and renew the cached result'
complete -c tryton-cli -n "__fish_tryton_cli_using_subcommand read" -l insecure -d 'Do not verify the server\'s TLS certificate (prints a warning); remembered with the session at login'
complete -c tryton-cli -n "__fish_tryton_cli_using_subcommand read" -s v -l verbose -d 'Trace requests on stderr (-vv adds bodies); secrets are always redacted'
complete -c tryton-cli -n "__fish_tryton_cli_using_subcommand read" -s q -l quiet -d 'Print nothing but results (ping: nothing at all; use the exit code)'
complete -c tryton-cli -n "__fish_tryton_cli_using_subcommand read" -s y -l yes -d 'Answer yes to every question of this run: confirmations of deletes and bulk writes, and the server\'s warnings ("do you want to proceed?")'
complete -c tryton-cli -n "__fish_tryton_cli_using_subcommand read" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c tryton-cli -n "__fish_tryton_cli_using_subcommand read" -s V -l version -d 'Print version'
complete -c tryton-cli -n "__fish_tryton_cli_using_subcommand models" -s o -l output -d 'Output format [default: table on a terminal, ndjson when piped]' -r -f -a "table\t'A table; long cells are cut on a terminal'
vertical\t'One block per record, a \'field | value\' line per field (as psql\'s \\x)'
json\t'One JSON array of objects keyed by the fields asked for; plain values (ISO 8601 dates, exact decimal numbers, durations in seconds, bytes base64) unless --tagged'
ndjson\t'One JSON object per line, as for json'
csv\t'RFC 4180 with a header row'"
complete -c tryton-cli -n "__fish_tryton_cli_using_subcommand models" -l cache -d 'Answer from a local cache of read results younger than this (e.g. 5m); fill it otherwise' -r -f
complete -c tryton-cli -n "__fish_tryton_cli_using_subcommand models" -l url -d 'Tryton server URL, e.g. http://127.0.0.1:8000 (also read from TRYTON_RPC_URL)' -r -f
complete -c tryton-cli -n "__fish_tryton_cli_using_subcommand models" -s d -l database -d 'Database name' -r -f
complete -c tryton-cli -n "__fish_tryton_cli_using_subcommand models" -l timeout -d 'Timeout for connecting, and for each read (search, read, export...): seconds, or a duration such as 500ms or 1m; 0 is no limit [default: 10]' -r -f
complete -c tryton-cli -n "__fish_tryton_cli_using_subcommand models" -l write-timeout -d 'Limit on a write (create, write, delete, import, button, wizard, report...) once it is sent: by default none, as the server may still commit a write it was given up on; a write cut short may have been applied. 0 is no limit [default: 0]' -r -f
complete -c tryton-cli -n "__fish_tryton_cli_using_subcommand models" -l retries -d 'How often a failed request is sent again when that is safe [default: 3]; a proxy\'s 502 or 503 for a read is retried for up to 30 s instead (0: never)' -r -f
complete -c tryton-cli -n "__fish_tryton_cli_using_subcommand models" -s u -l user -d 'Login name (also picks the stored session when several users are logged in)' -r -f
complete -c tryton-cli -n "__fish_tryton_cli_using_subcommand models" -l profile -d 'Profile from the config file (~/.config/tryton-cli/config.toml)' -r -f -a '(tryton-cli --generate profile-names 2>/dev/null)'
complete -c tryton-cli -n "__fish_tryton_cli_using_subcommand models" -l session-store -d 'Where sessions are kept: the OS keyring, a 0600 file, either (auto), or nowhere [default: auto]' -r -f -a "auto\t'The OS keyring when it answers, else a file'
keyring\t''
file\t''
none\t'Keep nothing: every run logs in'"
complete -c tryton-cli -n "__fish_tryton_cli_using_subcommand models" -l password-file -d 'Read the password from the first line of this file (it must not be readable by others)' -r -F
complete -c tryton-cli -n "__fish_tryton_cli_using_subcommand models" -l cacert -d 'Trust the certificates in this PEM file (a private CA) instead of the system store; remembered with the session at login' -r -F
complete -c tryton-cli -n "__fish_tryton_cli_using_subcommand models" -l max-response-size -d 'Refuse answers larger than this: bytes, or a size such as 512KiB or 10MiB [default: 256MiB]' -r -f
complete -c tryton-cli -n "__fish_tryton_cli_using_subcommand models" -l jq -d 'Run this jq program on the JSON output (in-process; no jq needed), as gh\'s --jq: on each record of search, read, models, fields and export (the whole list with -o json), on the result of call (and of a button or wizard), on ping/status/cron --json. Each output is printed on a line of its own, strings raw (as jq -r), anything else as compact JSON. A bad program is exit 3 before anything is sent' -r -f
complete -c tryton-cli -n "__fish_tryton_cli_using_subcommand models" -l pretty -d 'Indented JSON for -o json'
complete -c tryton-cli -n "__fish_tryton_cli_using_subcommand models" -l tagged -d 'JSON with Tryton\'s tagged values as on the wire ({"__class__": "Decimal", ...}), e.g. to feed them back into call [default: plain JSON: ISO 8601 dates, exact decimal numbers, durations in seconds, bytes base64]'
complete -c tryton-cli -n "__fish_tryton_cli_using_subcommand models" -l csv-safe -d 'CSV for spreadsheets: cells starting with = + - @, a tab or a carriage return get a \' in front, so they are not run as formulas (numbers such as -12.50 stay as they are)'
complete -c tryton-cli -n "__fish_tryton_cli_using_subcommand models" -l refresh -d 'With --cache: ask the server anyway and renew the cached result'
complete -c tryton-cli -n "__fish_tryton_cli_using_subcommand models" -l insecure -d 'Do not verify the server\'s TLS certificate (prints a warning); remembered with the session at login'
complete -c tryton-cli -n "__fish_tryton_cli_using_subcommand models" -s v -l verbose -d 'Trace requests on stderr (-vv adds bodies); secrets are always redacted'
complete -c tryton-cli -n "__fish_tryton_cli_using_subcommand models" -s q -l quiet -d 'Print nothing but results (ping: nothing at all; use the exit code)'
complete -c tryton-cli -n "__fish_tryton_cli_using_subcommand models" -s y -l yes -d 'Answer yes to every question of this run: confirmations of deletes and bulk writes, and the server\'s warnings ("do you want to proceed?")'
complete -c tryton-cli -n "__fish_tryton_cli_using_subcommand models" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c tryton-cli -n "__fish_tryton_cli_using_subcommand models" -s V -l version -d 'Print version'
complete -c tryton-cli -n "__fish_tryton_cli_using_subcommand fields" -s o -l output -d 'Output format [default: table on a terminal, ndjson when piped]' -r -f -a "table\t'A table; long cells are cut on a terminal'
vertical\t'One block per record, a \'field | value\' line per field (as psql\'s \\x)'
json\t'One JSON array of objects keyed by the fields asked for; plain values (ISO 8601 dates, exact decimal numbers, durations in seconds, bytes base64) unless --tagged'
ndjson\t'One JSON object per line, as for json'
csv\t'RFC 4180 with a header row'"
complete -c tryton-cli -n "__fish_tryton_cli_using_subcommand fields" -l cache -d 'Answer from a local cache of read results younger than this (e.g. 5m); fill it otherwise' -r -f
complete -c tryton-cli -n "__fish_tryton_cli_using_subcommand fields" -l url -d 'Tryton server URL, e.g. http://127.0.0.1:8000 (also read from TRYTON_RPC_URL)' -r -f
complete -c tryton-cli -n "__fish_tryton_cli_using_subcommand fields" -s d -l database -d 'Database name' -r -f
complete -c tryton-cli -n "__fish_tryton_cli_using_subcommand fields" -l timeout -d 'Timeout for connecting, and for each read (search, read, export...): seconds, or a duration such as 500ms or 1m; 0 is no limit [default: 10]' -r -f
complete -c tryton-cli -n "__fish_tryton_cli_using_subcommand fields" -l write-timeout -d 'Limit on a write (create, write, delete, import, button, wizard, report...) once it is sent: by default none, as the server may still commit a write it was given up on; a write cut short may have been applied. 0 is no limit [default: 0]' -r -f
complete -c tryton-cli -n "__fish_tryton_cli_using_subcommand fields" -l retries -d 'How often a failed request is sent again when that is safe [default: 3]; a proxy\'s 502 or 503 for a read is retried for up to 30 s instead (0: never)' -r -f
complete -c tryton-cli -n "__fish_tryton_cli_using_subcommand fields" -s u -l user -d 'Login name (also picks the stored session when several users are logged in)' -r -f
complete -c tryton-cli -n "__fish_tryton_cli_using_subcommand fields" -l profile -d 'Profile from the config file (~/.config/tryton-cli/config.toml)' -r -f -a '(tryton-cli --generate profile-names 2>/dev/null)'
complete -c tryton-cli -n "__fish_tryton_cli_using_subcommand fields" -l session-store -d 'Where sessions are kept: the OS keyring, a 0600 file, either (auto), or nowhere [default: auto]' -r -f -a "auto\t'The OS keyring when it answers, else a file'
keyring\t''
file\t''
none\t'Keep nothing: every run logs in'"
complete -c tryton-cli -n "__fish_tryton_cli_using_subcommand fields" -l password-file -d 'Read the password from the first line of this file (it must not be readable by others)' -r -F
complete -c tryton-cli -n "__fish_tryton_cli_using_subcommand fields" -l cacert -d 'Trust the certificates in this PEM file (a private CA) instead of the system store; remembered with the session at login' -r -F
complete -c tryton-cli -n "__fish_tryton_cli_using_subcommand fields" -l max-response-size -d 'Refuse answers larger than this: bytes, or a size such as 512KiB or 10MiB [default: 256MiB]' -r -f
complete -c tryton-cli -n "__fish_tryton_cli_using_subcommand fields" -l jq -d 'Run this jq program on the JSON output (in-process; no jq needed), as gh\'s --jq: on each record of search, read, models, fields and export (the whole list with -o json), on the result of call (and of a button or wizard), on ping/status/cron --json. Each output is printed on a line of its own, strings raw (as jq -r), anything else as compact JSON. A bad program is exit 3 before anything is sent' -r -f
complete -c tryton-cli -n "__fish_tryton_cli_using_subcommand fields" -l pretty -d 'Indented JSON for -o json'
complete -c tryton-cli -n "__fish_tryton_cli_using_subcommand fields" -l tagged -d 'JSON with Tryton\'s tagged values as on the wire ({"__class__": "Decimal", ...}), e.g. to feed them back into call [default: plain JSON: ISO 8601 dates, exact decimal numbers, durations in seconds, bytes base64]'
complete -c tryton-cli -n "__fish_tryton_cli_using_subcommand fields" -l csv-safe -d 'CSV for spreadsheets: cells starting with = + - @, a tab or a carriage return get a \' in front, so they are not run as formulas (numbers such as -12.50 stay as they are)'
complete -c tryton-cli -n "__fish_tryton_cli_using_subcommand fields" -l refresh -d 'With --cache: ask the server anyway and renew the cached result'
complete -c tryton-cli -n "__fish_tryton_cli_using_subcommand fields" -l insecure -d 'Do not verify the server\'s TLS certificate (prints a warning); remembered with the session at login'
complete -c tryton-cli -n "__fish_tryton_cli_using_subcommand fields" -s v -l verbose -d 'Trace requests on stderr (-vv adds bodies); secrets are always redacted'
complete -c tryton-cli -n "__fish_tryton_cli_using_subcommand fields" -s q -l quiet -d 'Print nothing but results (ping: nothing at all; use the exit code)'
complete -c tryton-cli -n "__fish_tryton_cli_using_subcommand fields" -s y -l yes -d 'Answer yes to every question of this run: confirmations of deletes and bulk writes, and the server\'s warnings ("do you want to proceed?")'
complete -c tryton-cli -n "__fish_tryton_cli_using_subcommand fields" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c tryton-cli -n "__fish_tryton_cli_using_subcommand fields" -s V -l version -d 'Print version'
complete -c tryton-cli -n "__fish_tryton_cli_using_subcommand export" -s f -l fields -d 'Field paths, comma-separated: name,addresses/city,lang (`.` works as `/` too)' -r -f
complete -c tryton-cli -n "__fish_tryton_cli_using_subcommand export" -l order -d 'Sort order, e.g. \'name\' or \'create_date desc\' [default: id]' -r -f
complete -c tryton-cli -n "__fish_tryton_cli_using_subcommand export" -s o -l output -d 'Output format: csv as the desktop client writes it, or one JSON object a row' -r -f -a "csv\t''
ndjson\t''
json\t''"
complete -c tryton-cli -n "__fish_tryton_cli_using_subcommand export" -l header -d 'The header row: field paths (what import reads), the server\'s labels, or none' -r -f -a "names\t''
labels\t''
none\t''"
complete -c tryton-cli -n "__fish_tryton_cli_using_subcommand export" -l batch-size -d 'Records per request' -r -f
complete -c tryton-cli -n "__fish_tryton_cli_using_subcommand export" -l delimiter -d 'The character between columns: , ; | or tab (spreadsheets set to a language that writes decimal commas save CSV with ;)' -r -f
complete -c tryton-cli -n "__fish_tryton_cli_using_subcommand export" -l encoding -d 'The file\'s character encoding, a WHATWG label such as utf-8, windows-1252, latin1, iso-8859-15, shift_jis (what spreadsheets on Windows save as "CSV" is often windows-1252)' -r -f
complete -c tryton-cli -n "__fish_tryton_cli_using_subcommand export" -l jobs -d 'Pages asked for at once (written in order; at most N pages held): faster from a server with several workers (gunicorn, uwsgi); trytond\'s own one-process server gains nothing' -r -f
complete -c tryton-cli -n "__fish_tryton_cli_using_subcommand export" -l offset -d 'Skip this many records first (in --order): resumes an export that stopped, as its error says' -r -f
complete -c tryton-cli -n "__fish_tryton_cli_using_subcommand export" -l url -d 'Tryton server URL, e.g. http://127.0.0.1:8000 (also read from TRYTON_RPC_URL)' -r -f
complete -c tryton-cli -n "__fish_tryton_cli_using_subcommand export" -s d -l database -d 'Database name' -r -f
complete -c tryton-cli -n "__fish_tryton_cli_using_subcommand export" -l timeout -d 'Timeout for connecting, and for each read (search, read, export...): seconds, or a duration such as 500ms or 1m; 0 is no limit [default: 10]' -r -f
complete -c tryton-cli -n "__fish_tryton_cli_using_subcommand export" -l write-timeout -d 'Limit on a write (create, write, delete, import, button, wizard, report...) once it is sent: by default none, as the server may still commit a write it was given up on; a write cut short may have been applied. 0 is no limit [default: 0]' -r -f
complete -c tryton-cli -n "__fish_tryton_cli_using_subcommand export" -l retries -d 'How often a failed request is sent again when that is safe [default: 3]; a proxy\'s 502 or 503 for a read is retried for up to 30 s instead (0: never)' -r -f
complete -c tryton-cli -n "__fish_tryton_cli_using_subcommand export" -s u -l user -d 'Login name (also picks the stored session when several users are logged in)' -r -f
complete -c tryton-cli -n "__fish_tryton_cli_using_subcommand export" -l profile -d 'Profile from the config file (~/.config/tryton-cli/config.toml)' -r -f -a '(tryton-cli --generate profile-names 2>/dev/null)'
complete -c tryton-cli -n "__fish_tryton_cli_using_subcommand export" -l session-store -d 'Where sessions are kept: the OS keyring, a 0600 file, either (auto), or nowhere [default: auto]' -r -f -a "auto\t'The OS keyring when it answers, else a file'
keyring\t''
file\t''
none\t'Keep nothing: every run logs in'"
complete -c tryton-cli -n "__fish_tryton_cli_using_subcommand export" -l password-file -d 'Read the password from the first line of this file (it must not be readable by others)' -r -F
complete -c tryton-cli -n "__fish_tryton_cli_using_subcommand export" -l cacert -d 'Trust the certificates in this PEM file (a private CA) instead of the system store; remembered with the session at login' -r -F
complete -c tryton-cli -n "__fish_tryton_cli_using_subcommand export" -l max-response-size -d 'Refuse answers larger than this: bytes, or a size such as 512KiB or 10MiB [default: 256MiB]' -r -f
complete -c tryton-cli -n "__fish_tryton_cli_using_subcommand export" -l jq -d 'Run this jq program on the JSON output (in-process; no jq needed), as gh\'s --jq: on each record of search, read, models, fields and export (the whole list with -o json), on the result of call (and of a button or wizard), on ping/status/cron --json. Each output is printed on a line of its own, strings raw (as jq -r), anything else as compact JSON. A bad program is exit 3 before anything is sent' -r -f
complete -c tryton-cli -n "__fish_tryton_cli_using_subcommand export" -l csv-safe -d 'CSV for spreadsheets: cells starting with = + - @, a tab or a carriage return get a \' in front, so they are not run as formulas (numbers such as -12.50 stay as they are; import does not take the \' off)'
complete -c tryton-cli -n "__fish_tryton_cli_using_subcommand export" -l insecure -d 'Do not verify the server\'s TLS certificate (prints a warning); remembered with the session at login'
complete -c tryton-cli -n "__fish_tryton_cli_using_subcommand export" -s v -l verbose -d 'Trace requests on stderr (-vv adds bodies); secrets are always redacted'
complete -c tryton-cli -n "__fish_tryton_cli_using_subcommand export" -s q -l quiet -d 'Print nothing but results (ping: nothing at all; use the exit code)'
complete -c tryton-cli -n "__fish_tryton_cli_using_subcommand export" -s y -l yes -d 'Answer yes to every question of this run: confirmations of deletes and bulk writes, and the server\'s warnings ("do you want to proceed?")'
complete -c tryton-cli -n "__fish_tryton_cli_using_subcommand export" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c tryton-cli -n "__fish_tryton_cli_using_subcommand export" -s V -l version -d 'Print version'
complete -c tryton-cli -n "__fish_tryton_cli_using_subcommand import" -l batch-size -d 'Records per import_data call (one transaction each), cut at record boundaries' -r -f
complete -c tryton-cli -n "__fish_tryton_cli_using_subcommand import" -l skip-records -d 'Skip this many records first (to continue after a failed batch)' -r -f
complete -c tryton-cli -n "__fish_tryton_cli_using_subcommand import" -l delimiter -d 'The character between columns: , ; | or tab (spreadsheets set to a language that writes decimal commas save CSV with ;)' -r -f
complete -c tryton-cli -n "__fish_tryton_cli_using_subcommand import" -l encoding -d 'The file\'s character encoding, a WHATWG label such as utf-8, windows-1252, latin1, iso-8859-15, shift_jis (what spreadsheets on Windows save as "CSV" is often windows-1252)' -r -f
complete -c tryton-cli -n "__fish_tryton_cli_using_subcommand import" -l url -d 'Tryton server URL, e.g. http://127.0.0.1:8000 (also read from TRYTON_RPC_URL)' -r -f
complete -c tryton-cli -n "__fish_tryton_cli_using_subcommand import" -s d -l database -d 'Database name' -r -f
complete -c tryton-cli -n "__fish_tryton_cli_using_subcommand import" -l timeout -d 'Timeout for connecting, and for each read (search, read, export...): seconds, or a duration such as 500ms or 1m; 0 is no limit [default: 10]' -r -f
complete -c tryton-cli -n "__fish_tryton_cli_using_subcommand import" -l write-timeout -d 'Limit on a write (create, write, delete, import, button, wizard, report...) once it is sent: by default none, as the server may still commit a write it was given up on; a write cut short may have been applied. 0 is no limit [default: 0]' -r -f
complete -c tryton-cli -n "__fish_tryton_cli_using_subcommand import" -l retries -d 'How often a failed request is sent again when that is safe [default: 3]; a proxy\'s 502 or 503 for a read is retried for up to 30 s instead (0: never)' -r -f
complete -c tryton-cli -n "__fish_tryton_cli_using_subcommand import" -s u -l user -d 'Login name (also picks the stored session when several users are logged in)' -r -f
complete -c tryton-cli -n "__fish_tryton_cli_using_subcommand import" -l profile -d 'Profile from the config file (~/.config/tryton-cli/config.toml)' -r -f -a '(tryton-cli --generate profile-names 2>/dev/null)'
complete -c tryton-cli -n "__fish_tryton_cli_using_subcommand import" -l session-store -d 'Where sessions are kept: the OS keyring, a 0600 file, either (auto), or nowhere [default: auto]' -r -f -a "auto\t'The OS keyring when it answers, else a file'
keyring\t''
file\t''
none\t'Keep nothing: every run logs in'"
complete -c tryton-cli -n "__fish_tryton_cli_using_subcommand import" -l password-file -d 'Read the password from the first line of this file (it must not be readable by others)' -r -F
complete -c tryton-cli -n "__fish_tryton_cli_using_subcommand import" -l cacert -d 'Trust the certificates in this PEM file (a private CA) instead of the system store; remembered with the session at login' -r -F
complete -c tryton-cli -n "__fish_tryton_cli_using_subcommand import" -l max-response-size -d 'Refuse answers larger than this: bytes, or a size such as 512KiB or 10MiB [default: 256MiB]' -r -f
complete -c tryton-cli -n "__fish_tryton_cli_using_subcommand import" -l jq -d 'Run this jq program on the JSON output (in-process; no jq needed), as gh\'s --jq: on each record of search, read, models, fields and export (the whole list with -o json), on the result of call (and of a button or wizard), on ping/status/cron --json. Each output is printed on a line of its own, strings raw (as jq -r), anything else as compact JSON. A bad program is exit 3 before anything is sent' -r -f
complete -c tryton-cli -n "__fish_tryton_cli_using_subcommand import" -l atomic -d 'The whole file in one call: all or nothing (as the desktop client)'
complete -c tryton-cli -n "__fish_tryton_cli_using_subcommand import" -l check -d 'Read the whole file and check its columns and values against the model; send nothing'
complete -c tryton-cli -n "__fish_tryton_cli_using_subcommand import" -l insecure -d 'Do not verify the server\'s TLS certificate (prints a warning); remembered with the session at login'
complete -c tryton-cli -n "__fish_tryton_cli_using_subcommand import" -s v -l verbose -d 'Trace requests on stderr (-vv adds bodies); secrets are always redacted'
complete -c tryton-cli -n "__fish_tryton_cli_using_subcommand import" -s q -l quiet -d 'Print nothing but results (ping: nothing at all; use the exit code)'
complete -c tryton-cli -n "__fish_tryton_cli_using_subcommand import" -s y -l yes -d 'Answer yes to every question of this run: confirmations of deletes and bulk writes, and the server\'s warnings ("do you want to proceed?")'
complete -c tryton-cli -n "__fish_tryton_cli_using_subcommand import" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c tryton-cli -n "__fish_tryton_cli_using_subcommand import" -s V -l version -d 'Print version'
complete -c tryton-cli -n "__fish_tryton_cli_using_subcommand create" -l batch-size -d 'Records per request (one transaction each)' -r -f
complete -c tryton-cli -n "__fish_tryton_cli_using_subcommand create" -l skip-records -d 'Skip this many records first (to continue after a failed or interrupted run)' -r -f
complete -c tryton-cli -n "__fish_tryton_cli_using_subcommand create" -l url -d 'Tryton server URL, e.g. http://127.0.0.1:8000 (also read from TRYTON_RPC_URL)' -r -f
complete -c tryton-cli -n "__fish_tryton_cli_using_subcommand create" -s d -l database -d 'Database name' -r -f
complete -c tryton-cli -n "__fish_tryton_cli_using_subcommand create" -l timeout -d 'Timeout for connecting, and for each read (search, read, export...): seconds, or a duration such as 500ms or 1m; 0 is no limit [default: 10]' -r -f
complete -c tryton-cli -n "__fish_tryton_cli_using_subcommand create" -l write-timeout -d 'Limit on a write (create, write, delete, import, button, wizard, report...) once it is sent: by default none, as the server may still commit a write it was given up on; a write cut short may have been applied. 0 is no limit [default: 0]' -r -f
complete -c tryton-cli -n "__fish_tryton_cli_using_subcommand create" -l retries -d 'How often a failed request is sent again when that is safe [default: 3]; a proxy\'s 502 or 503 for a read is retried for up to 30 s instead (0: never)' -r -f
complete -c tryton-cli -n "__fish_tryton_cli_using_subcommand create" -s u -l user -d 'Login name (also picks the stored session when several users are logged in)' -r -f
complete -c tryton-cli -n "__fish_tryton_cli_using_subcommand create" -l profile -d 'Profile from the config file (~/.config/tryton-cli/config.toml)' -r -f -a '(tryton-cli --generate profile-names 2>/dev/null)'
complete -c tryton-cli -n "__fish_tryton_cli_using_subcommand create" -l session-store -d 'Where sessions are kept: the OS keyring, a 0600 file, either (auto), or nowhere [default: auto]' -r -f -a "auto\t'The OS keyring when it answers, else a file'
keyring\t''
file\t''
none\t'Keep nothing: every run logs in'"
complete -c tryton-cli -n "__fish_tryton_cli_using_subcommand create" -l password-file -d 'Read the password from the first line of this file (it must not be readable by others)' -r -F
complete -c tryton-cli -n "__fish_tryton_cli_using_subcommand create" -l cacert -d 'Trust the certificates in this PEM file (a private CA) instead of the system store; remembered with the session at login' -r -F
complete -c tryton-cli -n "__fish_tryton_cli_using_subcommand create" -l max-response-size -d 'Refuse answers larger than this: bytes, or a size such as 512KiB or 10MiB [default: 256MiB]' -r -f
complete -c tryton-cli -n "__fish_tryton_cli_using_subcommand create" -l jq -d 'Run this jq program on the JSON output (in-process; no jq needed), as gh\'s --jq: on each record of search, read, models, fields and export (the whole list with -o json), on the result of call (and of a button or wizard), on ping/status/cron --json. Each output is printed on a line of its own, strings raw (as jq -r), anything else as compact JSON. A bad program is exit 3 before anything is sent' -r -f
complete -c tryton-cli -n "__fish_tryton_cli_using_subcommand create" -l insecure -d 'Do not verify the server\'s TLS certificate (prints a warning); remembered with the session at login'
complete -c tryton-cli -n "__fish_tryton_cli_using_subcommand create" -s v -l verbose -d 'Trace requests on stderr (-vv adds bodies); secrets are always redacted'
complete -c tryton-cli -n "__fish_tryton_cli_using_subcommand create" -s q -l quiet -d 'Print nothing but results (ping: nothing at all; use the exit code)'
complete -c tryton-cli -n "__fish_tryton_cli_using_subcommand create" -s y -l yes -d 'Answer yes to every question of this run: confirmations of deletes and bulk writes, and the server\'s warnings ("do you want to proceed?")'
complete -c tryton-cli -n "__fish_tryton_cli_using_subcommand create" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c tryton-cli -n "__fish_tryton_cli_using_subcommand create" -s V -l version -d 'Print version'
complete -c tryton-cli -n "__fish_tryton_cli_using_subcommand write" -l where -d 'Write to the records this domain matches (short form or JSON), after saying how many' -r -f
complete -c tryton-cli -n "__fish_tryton_cli_using_subcommand write" -l batch-size -d 'Records per request (one transaction each)' -r -f
complete -c tryton-cli -n "__fish_tryton_cli_using_subcommand write" -l url -d 'Tryton server URL, e.g. http://127.0.0.1:8000 (also read from TRYTON_RPC_URL)' -r -f
complete -c tryton-cli -n "__fish_tryton_cli_using_subcommand write" -s d -l database -d 'Database name' -r -f
complete -c tryton-cli -n "__fish_tryton_cli_using_subcommand write" -l timeout -d 'Timeout for connecting, and for each read (search, read, export...): seconds, or a duration such as 500ms or 1m; 0 is no limit [default: 10]' -r -f
complete -c tryton-cli -n "__fish_tryton_cli_using_subcommand write" -l write-timeout -d 'Limit on a write (create, write, delete, import, button, wizard, report...) once it is sent: by default none, as the server may still commit a write it was given up on; a write cut short may have been applied. 0 is no limit [default: 0]' -r -f
complete -c tryton-cli -n "__fish_tryton_cli_using_subcommand write" -l retries -d 'How often a failed request is sent again when that is safe [default: 3]; a proxy\'s 502 or 503 for a read is retried for up to 30 s instead (0: never)' -r -f
complete -c tryton-cli -n "__fish_tryton_cli_using_subcommand write" -s u -l user -d 'Login name (also picks the stored session when several users are logged in)' -r -f
complete -c tryton-cli -n "__fish_tryton_cli_using_subcommand write" -l profile -d 'Profile from the config file (~/.config/tryton-cli/config.toml)' -r -f -a '(tryton-cli --generate profile-names 2>/dev/null)'
complete -c tryton-cli -n "__fish_tryton_cli_using_subcommand write" -l session-store -d 'Where sessions are kept: the OS keyring, a 0600 file, either (auto), or nowhere [default: auto]' -r -f -a "auto\t'The OS keyring when it answers, else a file'
keyring\t''
file\t''
none\t'Keep nothing: every run logs in'"
complete -c tryton-cli -n "__fish_tryton_cli_using_subcommand write" -l password-file -d 'Read the password from the first line of this file (it must not be readable by others)' -r -F
complete -c tryton-cli -n "__fish_tryton_cli_using_subcommand write" -l cacert -d 'Trust the certificates in this PEM file (a private CA) instead of the system store; remembered with the session at login' -r -F
complete -c tryton-cli -n "__fish_tryton_cli_using_subcommand write" -l max-response-size -d 'Refuse answers larger than this: bytes, or a size such as 512KiB or 10MiB [default: 256MiB]' -r -f
complete -c tryton-cli -n "__fish_tryton_cli_using_subcommand write" -l jq -d 'Run this jq program on the JSON output (in-process; no jq needed), as gh\'s --jq: on each record of search, read, models, fields and export (the whole list with -o json), on the result of call (and of a button or wizard), on ping/status/cron --json. Each output is printed on a line of its own, strings raw (as jq -r), anything else as compact JSON. A bad program is exit 3 before anything is sent' -r -f
complete -c tryton-cli -n "__fish_tryton_cli_using_subcommand write" -l ignore-missing -d 'Leave out the given ids that do not exist (saying how many) instead of refusing them all'
complete -c tryton-cli -n "__fish_tryton_cli_using_subcommand write" -l insecure -d 'Do not verify the server\'s TLS certificate (prints a warning); remembered with the session at login'
complete -c tryton-cli -n "__fish_tryton_cli_using_subcommand write" -s v -l verbose -d 'Trace requests on stderr (-vv adds bodies); secrets are always redacted'
complete -c tryton-cli -n "__fish_tryton_cli_using_subcommand write" -s q -l quiet -d 'Print nothing but results (ping: nothing at all; use the exit code)'
complete -c tryton-cli -n "__fish_tryton_cli_using_subcommand write" -s y -l yes -d 'Answer yes to every question of this run: confirmations of deletes and bulk writes, and the server\'s warnings ("do you want to proceed?")'
complete -c tryton-cli -n "__fish_tryton_cli_using_subcommand write" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c tryton-cli -n "__fish_tryton_cli_using_subcommand write" -s V -l version -d 'Print version'
complete -c tryton-cli -n "__fish_tryton_cli_using_subcommand delete" -l where -d 'Delete the records this domain matches (short form or JSON), after saying how many' -r -f
complete -c tryton-cli -n "__fish_tryton_cli_using_subcommand delete" -l batch-size -d 'Records per request (one transaction each)' -r -f
complete -c tryton-cli -n "__fish_tryton_cli_using_subcommand delete" -l url -d 'Tryton server URL, e.g. http://127.0.0.1:8000 (also read from TRYTON_RPC_URL)' -r -f
complete -c tryton-cli -n "__fish_tryton_cli_using_subcommand delete" -s d -l database -d 'Database name' -r -f
complete -c tryton-cli -n "__fish_tryton_cli_using_subcommand delete" -l timeout -d 'Timeout for connecting, and for each read (search, read, export...): seconds, or a duration such as 500ms or 1m; 0 is no limit [default: 10]' -r -f
complete -c tryton-cli -n "__fish_tryton_cli_using_subcommand delete" -l write-timeout -d 'Limit on a write (create, write, delete, import, button, wizard, report...) once it is sent: by default none, as the server may still commit a write it was given up on; a write cut short may have been applied. 0 is no limit [default: 0]' -r -f
complete -c tryton-cli -n "__fish_tryton_cli_using_subcommand delete" -l retries -d 'How often a failed request is sent again when that is safe [default: 3]; a proxy\'s 502 or 503 for a read is retried for up to 30 s instead (0: never)' -r -f
complete -c tryton-cli -n "__fish_tryton_cli_using_subcommand delete" -s u -l user -d 'Login name (also picks the stored session when several users are logged in)' -r -f
complete -c tryton-cli -n "__fish_tryton_cli_using_subcommand delete" -l profile -d 'Profile from the config file (~/.config/tryton-cli/config.toml)' -r -f -a '(tryton-cli --generate profile-names 2>/dev/null)'
complete -c tryton-cli -n "__fish_tryton_cli_using_subcommand delete" -l session-store -d 'Where sessions are kept: the OS keyring, a 0600 file, either (auto), or nowhere [default: auto]' -r -f -a "auto\t'The OS keyring when it answers, else a file'
keyring\t''
file\t''
none\t'Keep nothing: every run logs in'"
complete -c tryton-cli -n "__fish_tryton_cli_using_subcommand delete" -l password-file -d 'Read the password from the first line of this file (it must not be readable by others)' -r -F
complete -c tryton-cli -n "__fish_tryton_cli_using_subcommand delete" -l cacert -d 'Trust the certificates in this PEM file (a private CA) instead of the system store; remembered with the session at login' -r -F
complete -c tryton-cli -n "__fish_tryton_cli_using_subcommand delete" -l max-response-size -d 'Refuse answers larger than this: bytes, or a size such as 512KiB or 10MiB [default: 256MiB]' -r -f
complete -c tryton-cli -n "__fish_tryton_cli_using_subcommand delete" -l jq -d 'Run this jq program on the JSON output (in-process; no jq needed), as gh\'s --jq: on each record of search, read, models, fields and export (the whole list with -o json), on the result of call (and of a button or wizard), on ping/status/cron --json. Each output is printed on a line of its own, strings raw (as jq -r), anything else as compact JSON. A bad program is exit 3 before anything is sent' -r -f
complete -c tryton-cli -n "__fish_tryton_cli_using_subcommand delete" -l ignore-missing -d 'Leave out the given ids that do not exist (saying how many) instead of refusing them all'
complete -c tryton-cli -n "__fish_tryton_cli_using_subcommand delete" -l insecure -d 'Do not verify the server\'s TLS certificate (prints a warning); remembered with the session at login'
complete -c tryton-cli -n "__fish_tryton_cli_using_subcommand delete" -s v -l verbose -d 'Trace requests on stderr (-vv adds bodies); secrets are always redacted'
complete -c tryton-cli -n "__fish_tryton_cli_using_subcommand delete" -s q -l quiet -d 'Print nothing but results (ping: nothing at all; use the exit code)'
complete -c tryton-cli -n "__fish_tryton_cli_using_subcommand delete" -s y -l yes -d 'Answer yes to every question of this run: confirmations of deletes and bulk writes, and the server\'s warnings ("do you want to proceed?")'
complete -c tryton-cli -n "__fish_tryton_cli_using_subcommand delete" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c tryton-cli -n "__fish_tryton_cli_using_subcommand delete" -s V -l version -d 'Print version'
complete -c tryton-cli -n "__fish_tryton_cli_using_subcommand report" -s O -l output-file -d 'Write the report to FILE (replaced if it exists), or to standard output with - [default: the server\'s file name, in the current directory]' -r -F
complete -c tryton-cli -n "__fish_tryton_cli_using_subcommand report" -l model -d 'The records\' model, for a report that names none (ir.action.report\'s model)' -r -f
complete -c tryton-cli -n "__fish_tryton_cli_using_subcommand report" -l data -d 'More data for the report, a JSON object merged over {"model", "id", "ids"}' -r -f
complete -c tryton-cli -n "__fish_tryton_cli_using_subcommand report" -l context -d 'A JSON object merged over the user\'s context (e.g. \'{"language": "fr"}\')' -r -f
complete -c tryton-cli -n "__fish_tryton_cli_using_subcommand report" -l url -d 'Tryton server URL, e.g. http://127.0.0.1:8000 (also read from TRYTON_RPC_URL)' -r -f
complete -c tryton-cli -n "__fish_tryton_cli_using_subcommand report" -s d -l database -d 'Database name' -r -f
complete -c tryton-cli -n "__fish_tryton_cli_using_subcommand report" -l timeout -d 'Timeout for connecting, and for each read (search, read, export...): seconds, or a duration such as 500ms or 1m; 0 is no limit [default: 10]' -r -f
complete -c tryton-cli -n "__fish_tryton_cli_using_subcommand report" -l write-timeout -d 'Limit on a write (create, write, delete, import, button, wizard, report...) once it is sent: by default none, as the server may still commit a write it was given up on; a write cut short may have been applied. 0 is no limit [default: 0]' -r -f
complete -c tryton-cli -n "__fish_tryton_cli_using_subcommand report" -l retries -d 'How often a failed request is sent again when that is safe [default: 3]; a proxy\'s 502 or 503 for a read is retried for up to 30 s instead (0: never)' -r -f
complete -c tryton-cli -n "__fish_tryton_cli_using_subcommand report" -s u -l user -d 'Login name (also picks the stored session when several users are logged in)' -r -f
complete -c tryton-cli -n "__fish_tryton_cli_using_subcommand report" -l profile -d 'Profile from the config file (~/.config/tryton-cli/config.toml)' -r -f -a '(tryton-cli --generate profile-names 2>/dev/null)'
complete -c tryton-cli -n "__fish_tryton_cli_using_subcommand report" -l session-store -d 'Where sessions are kept: the OS keyring, a 0600 file, either (auto), or nowhere [default: auto]' -r -f -a "auto\t'The OS keyring when it answers, else a file'
keyring\t''
file\t''
none\t'Keep nothing: every run logs in'"
complete -c tryton-cli -n "__fish_tryton_cli_using_subcommand report" -l password-file -d 'Read the password from the first line of this file (it must not be readable by others)' -r -F
complete -c tryton-cli -n "__fish_tryton_cli_using_subcommand report" -l cacert -d 'Trust the certificates in this PEM file (a private CA) instead of the system store; remembered with the session at login' -r -F
complete -c tryton-cli -n "__fish_tryton_cli_using_subcommand report" -l max-response-size -d 'Refuse answers larger than this: bytes, or a size such as 512KiB or 10MiB [default: 256MiB]' -r -f
complete -c tryton-cli -n "__fish_tryton_cli_using_subcommand report" -l jq -d 'Run this jq program on the JSON output (in-process; no jq needed), as gh\'s --jq: on each record of search, read, models, fields and export (the whole list with -o json), on the result of call (and of a button or wizard), on ping/status/cron --json. Each output is printed on a line of its own, strings raw (as jq -r), anything else as compact JSON. A bad program is exit 3 before anything is sent' -r -f
complete -c tryton-cli -n "__fish_tryton_cli_using_subcommand report" -l force -d 'Replace the file the server\'s name points at, if it exists'
complete -c tryton-cli -n "__fish_tryton_cli_using_subcommand report" -l insecure -d 'Do not verify the server\'s TLS certificate (prints a warning); remembered with the session at login'
complete -c tryton-cli -n "__fish_tryton_cli_using_subcommand report" -s v -l verbose -d 'Trace requests on stderr (-vv adds bodies); secrets are always redacted'
complete -c tryton-cli -n "__fish_tryton_cli_using_subcommand report" -s q -l quiet -d 'Print nothing but results (ping: nothing at all; use the exit code)'
complete -c tryton-cli -n "__fish_tryton_cli_using_subcommand report" -s y -l yes -d 'Answer yes to every question of this run: confirmations of deletes and bulk writes, and the server\'s warnings ("do you want to proceed?")'
complete -c tryton-cli -n "__fish_tryton_cli_using_subcommand report" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c tryton-cli -n "__fish_tryton_cli_using_subcommand report" -s V -l version -d 'Print version'
complete -c tryton-cli -n "__fish_tryton_cli_using_subcommand wizard" -l ids -d 'The records the wizard runs on (active_ids), comma-separated' -r -f
complete -c tryton-cli -n "__fish_tryton_cli_using_subcommand wizard" -l model -d 'The records\' model (active_model) [default: the wizard action\'s model]' -r -f
complete -c tryton-cli -n "__fish_tryton_cli_using_subcommand wizard" -l state -d 'The button to press on the view the wizard shows; repeat it for each view, in order' -r -f
complete -c tryton-cli -n "__fish_tryton_cli_using_subcommand wizard" -l data -d 'Values of the views\' fields, by state: \'{"ask": {"source": 12, "destination": "ACME"}}\'' -r -f
complete -c tryton-cli -n "__fish_tryton_cli_using_subcommand wizard" -l context -d 'A JSON object merged over the user\'s context (e.g. \'{"language": "fr"}\')' -r -f
complete -c tryton-cli -n "__fish_tryton_cli_using_subcommand wizard" -l url -d 'Tryton server URL, e.g. http://127.0.0.1:8000 (also read from TRYTON_RPC_URL)' -r -f
complete -c tryton-cli -n "__fish_tryton_cli_using_subcommand wizard" -s d -l database -d 'Database name' -r -f
complete -c tryton-cli -n "__fish_tryton_cli_using_subcommand wizard" -l timeout -d 'Timeout for connecting, and for each read (search, read, export...): seconds, or a duration such as 500ms or 1m; 0 is no limit [default: 10]' -r -f
complete -c tryton-cli -n "__fish_tryton_cli_using_subcommand wizard" -l write-timeout -d 'Limit on a write (create, write, delete, import, button, wizard, report...) once it is sent: by default none, as the server may still commit a write it was given up on; a write cut short may have been applied. 0 is no limit [default: 0]' -r -f
complete -c tryton-cli -n "__fish_tryton_cli_using_subcommand wizard" -l retries -d 'How often a failed request is sent again when that is safe [default: 3]; a proxy\'s 502 or 503 for a read is retried for up to 30 s instead (0: never)' -r -f
complete -c tryton-cli -n "__fish_tryton_cli_using_subcommand wizard" -s u -l user -d 'Login name (also picks the stored session when several users are logged in)' -r -f
complete -c tryton-cli -n "__fish_tryton_cli_using_subcommand wizard" -l profile -d 'Profile from the config file (~/.config/tryton-cli/config.toml)' -r -f -a '(tryton-cli --generate profile-names 2>/dev/null)'
complete -c tryton-cli -n "__fish_tryton_cli_using_subcommand wizard" -l session-store -d 'Where sessions are kept: the OS keyring, a 0600 file, either (auto), or nowhere [default: auto]' -r -f -a "auto\t'The OS keyring when it answers, else a file'
keyring\t''
file\t''
none\t'Keep nothing: every run logs in'"
complete -c tryton-cli -n "__fish_tryton_cli_using_subcommand wizard" -l password-file -d 'Read the password from the first line of this file (it must not be readable by others)' -r -F
complete -c tryton-cli -n "__fish_tryton_cli_using_subcommand wizard" -l cacert -d 'Trust the certificates in this PEM file (a private CA) instead of the system store; remembered with the session at login' -r -F
complete -c tryton-cli -n "__fish_tryton_cli_using_subcommand wizard" -l max-response-size -d 'Refuse answers larger than this: bytes, or a size such as 512KiB or 10MiB [default: 256MiB]' -r -f
complete -c tryton-cli -n "__fish_tryton_cli_using_subcommand wizard" -l jq -d 'Run this jq program on the JSON output (in-process; no jq needed), as gh\'s --jq: on each record of search, read, models, fields and export (the whole list with -o json), on the result of call (and of a button or wizard), on ping/status/cron --json. Each output is printed on a line of its own, strings raw (as jq -r), anything else as compact JSON. A bad program is exit 3 before anything is sent' -r -f
complete -c tryton-cli -n "__fish_tryton_cli_using_subcommand wizard" -l insecure -d 'Do not verify the server\'s TLS certificate (prints a warning); remembered with the session at login'
complete -c tryton-cli -n "__fish_tryton_cli_using_subcommand wizard" -s v -l verbose -d 'Trace requests on stderr (-vv adds bodies); secrets are always redacted'
complete -c tryton-cli -n "__fish_tryton_cli_using_subcommand wizard" -s q -l quiet -d 'Print nothing but results (ping: nothing at all; use the exit code)'
complete -c tryton-cli -n "__fish_tryton_cli_using_subcommand wizard" -s y -l yes -d 'Answer yes to every question of this run: confirmations of deletes and bulk writes, and the server\'s warnings ("do you want to proceed?")'
complete -c tryton-cli -n "__fish_tryton_cli_using_subcommand wizard" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c tryton-cli -n "__fish_tryton_cli_using_subcommand wizard" -s V -l version -d 'Print version'
complete -c tryton-cli -n "__fish_tryton_cli_using_subcommand button" -l context -d 'A JSON object merged over the user\'s context (e.g. \'{"language": "fr"}\')' -r -f
complete -c tryton-cli -n "__fish_tryton_cli_using_subcommand button" -l url -d 'Tryton server URL, e.g. http://127.0.0.1:8000 (also read from TRYTON_RPC_URL)' -r -f
complete -c tryton-cli -n "__fish_tryton_cli_using_subcommand button" -s d -l database -d 'Database name' -r -f
complete -c tryton-cli -n "__fish_tryton_cli_using_subcommand button" -l timeout -d 'Timeout for connecting, and for each read (search, read, export...): seconds, or a duration such as 500ms or 1m; 0 is no limit [default: 10]' -r -f
complete -c tryton-cli -n "__fish_tryton_cli_using_subcommand button" -l write-timeout -d 'Limit on a write (create, write, delete, import, button, wizard, report...) once it is sent: by default none, as the server may still commit a write it was given up on; a write cut short may have been applied. 0 is no limit [default: 0]' -r -f
complete -c tryton-cli -n "__fish_tryton_cli_using_subcommand button" -l retries -d 'How often a failed request is sent again when that is safe [default: 3]; a proxy\'s 502 or 503 for a read is retried for up to 30 s instead (0: never)' -r -f
complete -c tryton-cli -n "__fish_tryton_cli_using_subcommand button" -s u -l user -d 'Login name (also picks the stored session when several users are logged in)' -r -f
complete -c tryton-cli -n "__fish_tryton_cli_using_subcommand button" -l profile -d 'Profile from the config file (~/.config/tryton-cli/config.toml)' -r -f -a '(tryton-cli --generate profile-names 2>/dev/null)'
complete -c tryton-cli -n "__fish_tryton_cli_using_subcommand button" -l session-store -d 'Where sessions are kept: the OS keyring, a 0600 file, either (auto), or nowhere [default: auto]' -r -f -a "auto\t'The OS keyring when it answers, else a file'
keyring\t''
file\t''
none\t'Keep nothing: every run logs in'"
complete -c tryton-cli -n "__fish_tryton_cli_using_subcommand button" -l password-file -d 'Read the password from the first line of this file (it must not be readable by others)' -r -F
complete -c tryton-cli -n "__fish_tryton_cli_using_subcommand button" -l cacert -d 'Trust the certificates in this PEM file (a private CA) instead of the system store; remembered with the session at login' -r -F
complete -c tryton-cli -n "__fish_tryton_cli_using_subcommand button" -l max-response-size -d 'Refuse answers larger than this: bytes, or a size such as 512KiB or 10MiB [default: 256MiB]' -r -f
complete -c tryton-cli -n "__fish_tryton_cli_using_subcommand button" -l jq -d 'Run this jq program on the JSON output (in-process; no jq needed), as gh\'s --jq: on each record of search, read, models, fields and export (the whole list with -o json), on the result of call (and of a button or wizard), on ping/status/cron --json. Each output is printed on a line of its own, strings raw (as jq -r), anything else as compact JSON. A bad program is exit 3 before anything is sent' -r -f
complete -c tryton-cli -n "__fish_tryton_cli_using_subcommand button" -l insecure -d 'Do not verify the server\'s TLS certificate (prints a warning); remembered with the session at login'
complete -c tryton-cli -n "__fish_tryton_cli_using_subcommand button" -s v -l verbose -d 'Trace requests on stderr (-vv adds bodies); secrets are always redacted'
complete -c tryton-cli -n "__fish_tryton_cli_using_subcommand button" -s q -l quiet -d 'Print nothing but results (ping: nothing at all; use the exit code)'
complete -c tryton-cli -n "__fish_tryton_cli_using_subcommand button" -s y -l yes -d 'Answer yes to every question of this run: confirmations of deletes and bulk writes, and the server\'s warnings ("do you want to proceed?")'
complete -c tryton-cli -n "__fish_tryton_cli_using_subcommand button" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c tryton-cli -n "__fish_tryton_cli_using_subcommand button" -s V -l version -d 'Print version'
complete -c tryton-cli -n "__fish_tryton_cli_using_subcommand cron" -l late -d 'With --check: how far in the past a next call may be before its job counts as late' -r -f
complete -c tryton-cli -n "__fish_tryton_cli_using_subcommand cron" -s o -l output -d 'Output format [default: table on a terminal, ndjson when piped]' -r -f -a "table\t'A table; long cells are cut on a terminal'
vertical\t'One block per record, a \'field | value\' line per field (as psql\'s \\x)'
json\t'One JSON array of objects keyed by the fields asked for; plain values (ISO 8601 dates, exact decimal numbers, durations in seconds, bytes base64) unless --tagged'
ndjson\t'One JSON object per line, as for json'
csv\t'RFC 4180 with a header row'"
complete -c tryton-cli -n "__fish_tryton_cli_using_subcommand cron" -l url -d 'Tryton server URL, e.g. http://127.0.0.1:8000 (also read from TRYTON_RPC_URL)' -r -f
complete -c tryton-cli -n "__fish_tryton_cli_using_subcommand cron" -s d -l database -d 'Database name' -r -f
complete -c tryton-cli -n "__fish_tryton_cli_using_subcommand cron" -l timeout -d 'Timeout for connecting, and for each read (search, read, export...): seconds, or a duration such as 500ms or 1m; 0 is no limit [default: 10]' -r -f
complete -c tryton-cli -n "__fish_tryton_cli_using_subcommand cron" -l write-timeout -d 'Limit on a write (create, write, delete, import, button, wizard, report...) once it is sent: by default none, as the server may still commit a write it was given up on; a write cut short may have been applied. 0 is no limit [default: 0]' -r -f
complete -c tryton-cli -n "__fish_tryton_cli_using_subcommand cron" -l retries -d 'How often a failed request is sent again when that is safe [default: 3]; a proxy\'s 502 or 503 for a read is retried for up to 30 s instead (0: never)' -r -f
complete -c tryton-cli -n "__fish_tryton_cli_using_subcommand cron" -s u -l user -d 'Login name (also picks the stored session when several users are logged in)' -r -f
complete -c tryton-cli -n "__fish_tryton_cli_using_subcommand cron" -l profile -d 'Profile from the config file (~/.config/tryton-cli/config.toml)' -r -f -a '(tryton-cli --generate profile-names 2>/dev/null)'
complete -c tryton-cli -n "__fish_tryton_cli_using_subcommand cron" -l session-store -d 'Where sessions are kept: the OS keyring, a 0600 file, either (auto), or nowhere [default: auto]' -r -f -a "auto\t'The OS keyring when it answers, else a file'
keyring\t''
file\t''
none\t'Keep nothing: every run logs in'"
complete -c tryton-cli -n "__fish_tryton_cli_using_subcommand cron" -l password-file -d 'Read the password from the first line of this file (it must not be readable by others)' -r -F
complete -c tryton-cli -n "__fish_tryton_cli_using_subcommand cron" -l cacert -d 'Trust the certificates in this PEM file (a private CA) instead of the system store; remembered with the session at login' -r -F
complete -c tryton-cli -n "__fish_tryton_cli_using_subcommand cron" -l max-response-size -d 'Refuse answers larger than this: bytes, or a size such as 512KiB or 10MiB [default: 256MiB]' -r -f
complete -c tryton-cli -n "__fish_tryton_cli_using_subcommand cron" -l jq -d 'Run this jq program on the JSON output (in-process; no jq needed), as gh\'s --jq: on each record of search, read, models, fields and export (the whole list with -o json), on the result of call (and of a button or wizard), on ping/status/cron --json. Each output is printed on a line of its own, strings raw (as jq -r), anything else as compact JSON. A bad program is exit 3 before anything is sent' -r -f
complete -c tryton-cli -n "__fish_tryton_cli_using_subcommand cron" -l check -d 'Health check: exit 1 when an active job\'s next call is more than --late in the past (the cron worker is dead or stuck), 0 otherwise; one line per late job on stdout'
complete -c tryton-cli -n "__fish_tryton_cli_using_subcommand cron" -l json -d 'JSON for monitoring systems: the jobs as one JSON array, or with --check one object ({"status": "ok"|"late", "late": [...], ...})'
complete -c tryton-cli -n "__fish_tryton_cli_using_subcommand cron" -l pretty -d 'Indented JSON for -o json'
complete -c tryton-cli -n "__fish_tryton_cli_using_subcommand cron" -l tagged -d 'JSON with Tryton\'s tagged values as on the wire ({"__class__": "Decimal", ...}), e.g. to feed them back into call [default: plain JSON: ISO 8601 dates, exact decimal numbers, durations in seconds, bytes base64]'
complete -c tryton-cli -n "__fish_tryton_cli_using_subcommand cron" -l csv-safe -d 'CSV for spreadsheets: cells starting with = + - @, a tab or a carriage return get a \' in front, so they are not run as formulas (numbers such as -12.50 stay as they are)'
complete -c tryton-cli -n "__fish_tryton_cli_using_subcommand cron" -l insecure -d 'Do not verify the server\'s TLS certificate (prints a warning); remembered with the session at login'
complete -c tryton-cli -n "__fish_tryton_cli_using_subcommand cron" -s v -l verbose -d 'Trace requests on stderr (-vv adds bodies); secrets are always redacted'
complete -c tryton-cli -n "__fish_tryton_cli_using_subcommand cron" -s q -l quiet -d 'Print nothing but results (ping: nothing at all; use the exit code)'
complete -c tryton-cli -n "__fish_tryton_cli_using_subcommand cron" -s y -l yes -d 'Answer yes to every question of this run: confirmations of deletes and bulk writes, and the server\'s warnings ("do you want to proceed?")'
complete -c tryton-cli -n "__fish_tryton_cli_using_subcommand cron" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c tryton-cli -n "__fish_tryton_cli_using_subcommand cron" -s V -l version -d 'Print version'
complete -c tryton-cli -n "__fish_tryton_cli_using_subcommand wait" -l for -d 'The condition on how many records match: exists (count>=1), gone (count=0), or count>=N, count>N, count=N, count!=N, count<=N, count<N' -r -f
complete -c tryton-cli -n "__fish_tryton_cli_using_subcommand wait" -l max-wait -d 'Give up after this long (exit 1, with the last count); the global --timeout is for each request' -r -f
complete -c tryton-cli -n "__fish_tryton_cli_using_subcommand wait" -l interval -d 'Time between two counts' -r -f
complete -c tryton-cli -n "__fish_tryton_cli_using_subcommand wait" -l context -d 'JSON object merged over the user\'s context, e.g. \'{"company": 1}\'' -r -f
complete -c tryton-cli -n "__fish_tryton_cli_using_subcommand wait" -l url -d 'Tryton server URL, e.g. http://127.0.0.1:8000 (also read from TRYTON_RPC_URL)' -r -f
complete -c tryton-cli -n "__fish_tryton_cli_using_subcommand wait" -s d -l database -d 'Database name' -r -f
complete -c tryton-cli -n "__fish_tryton_cli_using_subcommand wait" -l timeout -d 'Timeout for connecting, and for each read (search, read, export...): seconds, or a duration such as 500ms or 1m; 0 is no limit [default: 10]' -r -f
complete -c tryton-cli -n "__fish_tryton_cli_using_subcommand wait" -l write-timeout -d 'Limit on a write (create, write, delete, import, button, wizard, report...) once it is sent: by default none, as the server may still commit a write it was given up on; a write cut short may have been applied. 0 is no limit [default: 0]' -r -f
complete -c tryton-cli -n "__fish_tryton_cli_using_subcommand wait" -l retries -d 'How often a failed request is sent again when that is safe [default: 3]; a proxy\'s 502 or 503 for a read is retried for up to 30 s instead (0: never)' -r -f
complete -c tryton-cli -n "__fish_tryton_cli_using_subcommand wait" -s u -l user -d 'Login name (also picks the stored session when several users are logged in)' -r -f
complete -c tryton-cli -n "__fish_tryton_cli_using_subcommand wait" -l profile -d 'Profile from the config file (~/.config/tryton-cli/config.toml)' -r -f -a '(tryton-cli --generate profile-names 2>/dev/null)'
complete -c tryton-cli -n "__fish_tryton_cli_using_subcommand wait" -l session-store -d 'Where sessions are kept: the OS keyring, a 0600 file, either (auto), or nowhere [default: auto]' -r -f -a "auto\t'The OS keyring when it answers, else a file'
keyring\t''
file\t''
none\t'Keep nothing: every run logs in'"
complete -c tryton-cli -n "__fish_tryton_cli_using_subcommand wait" -l password-file -d 'Read the password from the first line of this file (it must not be readable by others)' -r -F
complete -c tryton-cli -n "__fish_tryton_cli_using_subcommand wait" -l cacert -d 'Trust the certificates in this PEM file (a private CA) instead of the system store; remembered with the session at login' -r -F
complete -c tryton-cli -n "__fish_tryton_cli_using_subcommand wait" -l max-response-size -d 'Refuse answers larger than this: bytes, or a size such as 512KiB or 10MiB [default: 256MiB]' -r -f
complete -c tryton-cli -n "__fish_tryton_cli_using_subcommand wait" -l jq -d 'Run this jq program on the JSON output (in-process; no jq needed), as gh\'s --jq: on each record of search, read, models, fields and export (the whole list with -o json), on the result of call (and of a button or wizard), on ping/status/cron --json. Each output is printed on a line of its own, strings raw (as jq -r), anything else as compact JSON. A bad program is exit 3 before anything is sent' -r -f
complete -c tryton-cli -n "__fish_tryton_cli_using_subcommand wait" -l insecure -d 'Do not verify the server\'s TLS certificate (prints a warning); remembered with the session at login'
complete -c tryton-cli -n "__fish_tryton_cli_using_subcommand wait" -s v -l verbose -d 'Trace requests on stderr (-vv adds bodies); secrets are always redacted'
complete -c tryton-cli -n "__fish_tryton_cli_using_subcommand wait" -s q -l quiet -d 'Print nothing but results (ping: nothing at all; use the exit code)'
complete -c tryton-cli -n "__fish_tryton_cli_using_subcommand wait" -s y -l yes -d 'Answer yes to every question of this run: confirmations of deletes and bulk writes, and the server\'s warnings ("do you want to proceed?")'
complete -c tryton-cli -n "__fish_tryton_cli_using_subcommand wait" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c tryton-cli -n "__fish_tryton_cli_using_subcommand wait" -s V -l version -d 'Print version'
complete -c tryton-cli -n "__fish_tryton_cli_using_subcommand module; and not __fish_seen_subcommand_from list activate upgrade deactivate cancel help" -l url -d 'Tryton server URL, e.g. http://127.0.0.1:8000 (also read from TRYTON_RPC_URL)' -r -f
complete -c tryton-cli -n "__fish_tryton_cli_using_subcommand module; and not __fish_seen_subcommand_from list activate upgrade deactivate cancel help" -s d -l database -d 'Database name' -r -f
complete -c tryton-cli -n "__fish_tryton_cli_using_subcommand module; and not __fish_seen_subcommand_from list activate upgrade deactivate cancel help" -l timeout -d 'Timeout for connecting, and for each read (search, read, export...): seconds, or a duration such as 500ms or 1m; 0 is no limit [default: 10]' -r -f
complete -c tryton-cli -n "__fish_tryton_cli_using_subcommand module; and not __fish_seen_subcommand_from list activate upgrade deactivate cancel help" -l write-timeout -d 'Limit on a write (create, write, delete, import, button, wizard, report...) once it is sent: by default none, as the server may still commit a write it was given up on; a write cut short may have been applied. 0 is no limit [default: 0]' -r -f
complete -c tryton-cli -n "__fish_tryton_cli_using_subcommand module; and not __fish_seen_subcommand_from list activate upgrade deactivate cancel help" -l retries -d 'How often a failed request is sent again when that is safe [default: 3]; a proxy\'s 502 or 503 for a read is retried for up to 30 s instead (0: never)' -r -f
complete -c tryton-cli -n "__fish_tryton_cli_using_subcommand module; and not __fish_seen_subcommand_from list activate upgrade deactivate cancel help" -s u -l user -d 'Login name (also picks the stored session when several users are logged in)' -r -f
complete -c tryton-cli -n "__fish_tryton_cli_using_subcommand module; and not __fish_seen_subcommand_from list activate upgrade deactivate cancel help" -l profile -d 'Profile from the config file (~/.config/tryton-cli/config.toml)' -r -f -a '(tryton-cli --generate profile-names 2>/dev/null)'
complete -c tryton-cli -n "__fish_tryton_cli_using_subcommand module; and not __fish_seen_subcommand_from list activate upgrade deactivate cancel help" -l session-store -d 'Where sessions are kept: the OS keyring, a 0600 file, either (auto), or nowhere [default: auto]' -r -f -a "auto\t'The OS keyring when it answers, else a file'
keyring\t''
file\t''
none\t'Keep nothing: every run logs in'"
complete -c tryton-cli -n "__fish_tryton_cli_using_subcommand module; and not __fish_seen_subcommand_from list activate upgrade deactivate cancel help" -l password-file -d 'Read the password from the first line of this file (it must not be readable by others)' -r -F
complete -c tryton-cli -n "__fish_tryton_cli_using_subcommand module; and not __fish_seen_subcommand_from list activate upgrade deactivate cancel help" -l cacert -d 'Trust the certificates in this PEM file (a private CA) instead of the system store; remembered with the session at login' -r -F
complete -c tryton-cli -n "__fish_tryton_cli_using_subcommand module; and not __fish_seen_subcommand_from list activate upgrade deactivate cancel help" -l max-response-size -d 'Refuse answers larger than this: bytes, or a size such as 512KiB or 10MiB [default: 256MiB]' -r -f
complete -c tryton-cli -n "__fish_tryton_cli_using_subcommand module; and not __fish_seen_subcommand_from list activate upgrade deactivate cancel help" -l jq -d 'Run this jq program on the JSON output (in-process; no jq needed), as gh\'s --jq: on each record of search, read, models, fields and export (the whole list with -o json), on the result of call (and of a button or wizard), on ping/status/cron --json. Each output is printed on a line of its own, strings raw (as jq -r), anything else as compact JSON. A bad program is exit 3 before anything is sent' -r -f
complete -c tryton-cli -n "__fish_tryton_cli_using_subcommand module; and not __fish_seen_subcommand_from list activate upgrade deactivate cancel help" -l insecure -d 'Do not verify the server\'s TLS certificate (prints a warning); remembered with the session at login'
complete -c tryton-cli -n "__fish_tryton_cli_using_subcommand module; and not __fish_seen_subcommand_from list activate upgrade deactivate cancel help" -s v -l verbose -d 'Trace requests on stderr (-vv adds bodies); secrets are always redacted'
complete -c tryton-cli -n "__fish_tryton_cli_using_subcommand module; and not __fish_seen_subcommand_from list activate upgrade deactivate cancel help" -s q -l quiet -d 'Print nothing but results (ping: nothing at all; use the exit code)'
complete -c tryton-cli -n "__fish_tryton_cli_using_subcommand module; and not __fish_seen_subcommand_from list activate upgrade deactivate cancel help" -s y -l yes -d 'Answer yes to every question of this run: confirmations of deletes and bulk writes, and the server\'s warnings ("do you want to proceed?")'
complete -c tryton-cli -n "__fish_tryton_cli_using_subcommand module; and not __fish_seen_subcommand_from list activate upgrade deactivate cancel help" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c tryton-cli -n "__fish_tryton_cli_using_subcommand module; and not __fish_seen_subcommand_from list activate upgrade deactivate cancel help" -s V -l version -d 'Print version'
complete -c tryton-cli -n "__fish_tryton_cli_using_subcommand module; and not __fish_seen_subcommand_from list activate upgrade deactivate cancel help" -f -a "list" -d 'List the modules: name, state, version and what each depends on'
complete -c tryton-cli -n "__fish_tryton_cli_using_subcommand module; and not __fish_seen_subcommand_from list activate upgrade deactivate cancel help" -f -a "activate" -d 'Activate modules (and the modules they depend on)'
complete -c tryton-cli -n "__fish_tryton_cli_using_subcommand module; and not __fish_seen_subcommand_from list activate upgrade deactivate cancel help" -f -a "upgrade" -d 'Upgrade activated modules (and the activated modules that depend on them)'
complete -c tryton-cli -n "__fish_tryton_cli_using_subcommand module; and not __fish_seen_subcommand_from list activate upgrade deactivate cancel help" -f -a "deactivate" -d 'Deactivate modules (refused while an activated module depends on them)'
complete -c tryton-cli -n "__fish_tryton_cli_using_subcommand module; and not __fish_seen_subcommand_from list activate upgrade deactivate cancel help" -f -a "cancel" -d 'Cancel a pending operation (modules left "to activate", "to upgrade" or "to remove")'
complete -c tryton-cli -n "__fish_tryton_cli_using_subcommand module; and not __fish_seen_subcommand_from list activate upgrade deactivate cancel help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c tryton-cli -n "__fish_tryton_cli_using_subcommand module; and __fish_seen_subcommand_from list" -s o -l output -d 'Output format [default: table on a terminal, ndjson when piped]' -r -f -a "table\t'A table; long cells are cut on a terminal'
vertical\t'One block per record, a \'field | value\' line per field (as psql\'s \\x)'
json\t'One JSON array of objects keyed by the fields asked for; plain values (ISO 8601 dates, exact decimal numbers, durations in seconds, bytes base64) unless --tagged'
ndjson\t'One JSON object per line, as for json'
csv\t'RFC 4180 with a header row'"
complete -c tryton-cli -n "__fish_tryton_cli_using_subcommand module; and __fish_seen_subcommand_from list" -l url -d 'Tryton server URL, e.g. http://127.0.0.1:8000 (also read from TRYTON_RPC_URL)' -r -f
complete -c tryton-cli -n "__fish_tryton_cli_using_subcommand module; and __fish_seen_subcommand_from list" -s d -l database -d 'Database name' -r -f
complete -c tryton-cli -n "__fish_tryton_cli_using_subcommand module; and __fish_seen_subcommand_from list" -l timeout -d 'Timeout for connecting, and for each read (search, read, export...): seconds, or a duration such as 500ms or 1m; 0 is no limit [default: 10]' -r -f
complete -c tryton-cli -n "__fish_tryton_cli_using_subcommand module; and __fish_seen_subcommand_from list" -l write-timeout -d 'Limit on a write (create, write, delete, import, button, wizard, report...) once it is sent: by default none, as the server may still commit a write it was given up on; a write cut short may have been applied. 0 is no limit [default: 0]' -r -f
complete -c tryton-cli -n "__fish_tryton_cli_using_subcommand module; and __fish_seen_subcommand_from list" -l retries -d 'How often a failed request is sent again when that is safe [default: 3]; a proxy\'s 502 or 503 for a read is retried for up to 30 s instead (0: never)' -r -f
complete -c tryton-cli -n "__fish_tryton_cli_using_subcommand module; and __fish_seen_subcommand_from list" -s u -l user -d 'Login name (also picks the stored session when several users are logged in)' -r -f
complete -c tryton-cli -n "__fish_tryton_cli_using_subcommand module; and __fish_seen_subcommand_from list" -l profile -d 'Profile from the config file (~/.config/tryton-cli/config.toml)' -r -f -a '(tryton-cli --generate profile-names 2>/dev/null)'
complete -c tryton-cli -n "__fish_tryton_cli_using_subcommand module; and __fish_seen_subcommand_from list" -l session-store -d 'Where sessions are kept: the OS keyring, a 0600 file, either (auto), or nowhere [default: auto]' -r -f -a "auto\t'The OS keyring when it answers, else a file'
keyring\t''
file\t''
none\t'Keep nothing: every run logs in'"
complete -c tryton-cli -n "__fish_tryton_cli_using_subcommand module; and __fish_seen_subcommand_from list" -l password-file -d 'Read the password from the first line of this file (it must not be readable by others)' -r -F
complete -c tryton-cli -n "__fish_tryton_cli_using_subcommand module; and __fish_seen_subcommand_from list" -l cacert -d 'Trust the certificates in this PEM file (a private CA) instead of the system store; remembered with the session at login' -r -F
complete -c tryton-cli -n "__fish_tryton_cli_using_subcommand module; and __fish_seen_subcommand_from list" -l max-response-size -d 'Refuse answers larger than this: bytes, or a size such as 512KiB or 10MiB [default: 256MiB]' -r -f
complete -c tryton-cli -n "__fish_tryton_cli_using_subcommand module; and __fish_seen_subcommand_from list" -l jq -d 'Run this jq program on the JSON output (in-process; no jq needed), as gh\'s --jq: on each record of search, read, models, fields and export (the whole list with -o json), on the result of call (and of a button or wizard), on ping/status/cron --json. Each output is printed on a line of its own, strings raw (as jq -r), anything else as compact JSON. A bad program is exit 3 before anything is sent' -r -f
complete -c tryton-cli -n "__fish_tryton_cli_using_subcommand module; and __fish_seen_subcommand_from list" -l pretty -d 'Indented JSON for -o json'
complete -c tryton-cli -n "__fish_tryton_cli_using_subcommand module; and __fish_seen_subcommand_from list" -l tagged -d 'JSON with Tryton\'s tagged values as on the wire ({"__class__": "Decimal", ...}), e.g. to feed them back into call [default: plain JSON: ISO 8601 dates, exact decimal numbers, durations in seconds, bytes base64]'
complete -c tryton-cli -n "__fish_tryton_cli_using_subcommand module; and __fish_seen_subcommand_from list" -l csv-safe -d 'CSV for spreadsheets: cells starting with = + - @, a tab or a carriage return get a \' in front, so they are not run as formulas (numbers such as -12.50 stay as they are)'
complete -c tryton-cli -n "__fish_tryton_cli_using_subcommand module; and __fish_seen_subcommand_from list" -l insecure -d 'Do not verify the server\'s TLS certificate (prints a warning); remembered with the session at login'
complete -c tryton-cli -n "__fish_tryton_cli_using_subcommand module; and __fish_seen_subcommand_from list" -s v -l verbose -d 'Trace requests on stderr (-vv adds bodies); secrets are always redacted'
complete -c tryton-cli -n "__fish_tryton_cli_using_subcommand module; and __fish_seen_subcommand_from list" -s q -l quiet -d 'Print nothing but results (ping: nothing at all; use the exit code)'
complete -c tryton-cli -n "__fish_tryton_cli_using_subcommand module; and __fish_seen_subcommand_from list" -s y -l yes -d 'Answer yes to every question of this run: confirmations of deletes and bulk writes, and the server\'s warnings ("do you want to proceed?")'
complete -c tryton-cli -n "__fish_tryton_cli_using_subcommand module; and __fish_seen_subcommand_from list" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c tryton-cli -n "__fish_tryton_cli_using_subcommand module; and __fish_seen_subcommand_from list" -s V -l version -d 'Print version'
complete -c tryton-cli -n "__fish_tryton_cli_using_subcommand module; and __fish_seen_subcommand_from activate" -l url -d 'Tryton server URL, e.g. http://127.0.0.1:8000 (also read from TRYTON_RPC_URL)' -r -f
complete -c tryton-cli -n "__fish_tryton_cli_using_subcommand module; and __fish_seen_subcommand_from activate" -s d -l database -d 'Database name' -r -f
complete -c tryton-cli -n "__fish_tryton_cli_using_subcommand module; and __fish_seen_subcommand_from activate" -l timeout -d 'Timeout for connecting, and for each read (search, read, export...): seconds, or a duration such as 500ms or 1m; 0 is no limit [default: 10]' -r -f
complete -c tryton-cli -n "__fish_tryton_cli_using_subcommand module; and __fish_seen_subcommand_from activate" -l write-timeout -d 'Limit on a write (create, write, delete, import, button, wizard, report...) once it is sent: by default none, as the server may still commit a write it was given up on; a write cut short may have been applied. 0 is no limit [default: 0]' -r -f
complete -c tryton-cli -n "__fish_tryton_cli_using_subcommand module; and __fish_seen_subcommand_from activate" -l retries -d 'How often a failed request is sent again when that is safe [default: 3]; a proxy\'s 502 or 503 for a read is retried for up to 30 s instead (0: never)' -r -f
complete -c tryton-cli -n "__fish_tryton_cli_using_subcommand module; and __fish_seen_subcommand_from activate" -s u -l user -d 'Login name (also picks the stored session when several users are logged in)' -r -f
complete -c tryton-cli -n "__fish_tryton_cli_using_subcommand module; and __fish_seen_subcommand_from activate" -l profile -d 'Profile from the config file (~/.config/tryton-cli/config.toml)' -r -f -a '(tryton-cli --generate profile-names 2>/dev/null)'
complete -c tryton-cli -n "__fish_tryton_cli_using_subcommand module; and __fish_seen_subcommand_from activate" -l session-store -d 'Where sessions are kept: the OS keyring, a 0600 file, either (auto), or nowhere [default: auto]' -r -f -a "auto\t'The OS keyring when it answers, else a file'
keyring\t''
file\t''
none\t'Keep nothing: every run logs in'"
complete -c tryton-cli -n "__fish_tryton_cli_using_subcommand module; and __fish_seen_subcommand_from activate" -l password-file -d 'Read the password from the first line of this file (it must not be readable by others)' -r -F
complete -c tryton-cli -n "__fish_tryton_cli_using_subcommand module; and __fish_seen_subcommand_from activate" -l cacert -d 'Trust the certificates in this PEM file (a private CA) instead of the system store; remembered with the session at login' -r -F
complete -c tryton-cli -n "__fish_tryton_cli_using_subcommand module; and __fish_seen_subcommand_from activate" -l max-response-size -d 'Refuse answers larger than this: bytes, or a size such as 512KiB or 10MiB [default: 256MiB]' -r -f
complete -c tryton-cli -n "__fish_tryton_cli_using_subcommand module; and __fish_seen_subcommand_from activate" -l jq -d 'Run this jq program on the JSON output (in-process; no jq needed), as gh\'s --jq: on each record of search, read, models, fields and export (the whole list with -o json), on the result of call (and of a button or wizard), on ping/status/cron --json. Each output is printed on a line of its own, strings raw (as jq -r), anything else as compact JSON. A bad program is exit 3 before anything is sent' -r -f
complete -c tryton-cli -n "__fish_tryton_cli_using_subcommand module; and __fish_seen_subcommand_from activate" -l dry-run -d 'Print the plan (every module that would change, and how) and change nothing'
complete -c tryton-cli -n "__fish_tryton_cli_using_subcommand module; and __fish_seen_subcommand_from activate" -l insecure -d 'Do not verify the server\'s TLS certificate (prints a warning); remembered with the session at login'
complete -c tryton-cli -n "__fish_tryton_cli_using_subcommand module; and __fish_seen_subcommand_from activate" -s v -l verbose -d 'Trace requests on stderr (-vv adds bodies); secrets are always redacted'
complete -c tryton-cli -n "__fish_tryton_cli_using_subcommand module; and __fish_seen_subcommand_from activate" -s q -l quiet -d 'Print nothing but results (ping: nothing at all; use the exit code)'
complete -c tryton-cli -n "__fish_tryton_cli_using_subcommand module; and __fish_seen_subcommand_from activate" -s y -l yes -d 'Answer yes to every question of this run: confirmations of deletes and bulk writes, and the server\'s warnings ("do you want to proceed?")'
complete -c tryton-cli -n "__fish_tryton_cli_using_subcommand module; and __fish_seen_subcommand_from activate" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c tryton-cli -n "__fish_tryton_cli_using_subcommand module; and __fish_seen_subcommand_from activate" -s V -l version -d 'Print version'
complete -c tryton-cli -n "__fish_tryton_cli_using_subcommand module; and __fish_seen_subcommand_from upgrade" -l url -d 'Tryton server URL, e.g. http://127.0.0.1:8000 (also read from TRYTON_RPC_URL)' -r -f
complete -c tryton-cli -n "__fish_tryton_cli_using_subcommand module; and __fish_seen_subcommand_from upgrade" -s d -l database -d 'Database name' -r -f
complete -c tryton-cli -n "__fish_tryton_cli_using_subcommand module; and __fish_seen_subcommand_from upgrade" -l timeout -d 'Timeout for connecting, and for each read (search, read, export...): seconds, or a duration such as 500ms or 1m; 0 is no limit [default: 10]' -r -f
complete -c tryton-cli -n "__fish_tryton_cli_using_subcommand module; and __fish_seen_subcommand_from upgrade" -l write-timeout -d 'Limit on a write (create, write, delete, import, button, wizard, report...) once it is sent: by default none, as the server may still commit a write it was given up on; a write cut short may have been applied. 0 is no limit [default: 0]' -r -f
complete -c tryton-cli -n "__fish_tryton_cli_using_subcommand module; and __fish_seen_subcommand_from upgrade" -l retries -d 'How often a failed request is sent again when that is safe [default: 3]; a proxy\'s 502 or 503 for a read is retried for up to 30 s instead (0: never)' -r -f
complete -c tryton-cli -n "__fish_tryton_cli_using_subcommand module; and __fish_seen_subcommand_from upgrade" -s u -l user -d 'Login name (also picks the stored session when several users are logged in)' -r -f
complete -c tryton-cli -n "__fish_tryton_cli_using_subcommand module; and __fish_seen_subcommand_from upgrade" -l profile -d 'Profile from the config file (~/.config/tryton-cli/config.toml)' -r -f -a '(tryton-cli --generate profile-names 2>/dev/null)'
complete -c tryton-cli -n "__fish_tryton_cli_using_subcommand module; and __fish_seen_subcommand_from upgrade" -l session-store -d 'Where sessions are kept: the OS keyring, a 0600 file, either (auto), or nowhere [default: auto]' -r -f -a "auto\t'The OS keyring when it answers, else a file'
keyring\t''
file\t''
none\t'Keep nothing: every run logs in'"
complete -c tryton-cli -n "__fish_tryton_cli_using_subcommand module; and __fish_seen_subcommand_from upgrade" -l password-file -d 'Read the password from the first line of this file (it must not be readable by others)' -r -F
complete -c tryton-cli -n "__fish_tryton_cli_using_subcommand module; and __fish_seen_subcommand_from upgrade" -l cacert -d 'Trust the certificates in this PEM file (a private CA) instead of the system store; remembered with the session at login' -r -F
complete -c tryton-cli -n "__fish_tryton_cli_using_subcommand module; and __fish_seen_subcommand_from upgrade" -l max-response-size -d 'Refuse answers larger than this: bytes, or a size such as 512KiB or 10MiB [default: 256MiB]' -r -f
complete -c tryton-cli -n "__fish_tryton_cli_using_subcommand module; and __fish_seen_subcommand_from upgrade" -l jq -d 'Run this jq program on the JSON output (in-process; no jq needed), as gh\'s --jq: on each record of search, read, models, fields and export (the whole list with -o json), on the result of call (and of a button or wizard), on ping/status/cron --json. Each output is printed on a line of its own, strings raw (as jq -r), anything else as compact JSON. A bad program is exit 3 before anything is sent' -r -f
complete -c tryton-cli -n "__fish_tryton_cli_using_subcommand module; and __fish_seen_subcommand_from upgrade" -l dry-run -d 'Print the plan (every module that would change, and how) and change nothing'
complete -c tryton-cli -n "__fish_tryton_cli_using_subcommand module; and __fish_seen_subcommand_from upgrade" -l insecure -d 'Do not verify the server\'s TLS certificate (prints a warning); remembered with the session at login'
complete -c tryton-cli -n "__fish_tryton_cli_using_subcommand module; and __fish_seen_subcommand_from upgrade" -s v -l verbose -d 'Trace requests on stderr (-vv adds bodies); secrets are always redacted'
complete -c tryton-cli -n "__fish_tryton_cli_using_subcommand module; and __fish_seen_subcommand_from upgrade" -s q -l quiet -d 'Print nothing but results (ping: nothing at all; use the exit code)'
complete -c tryton-cli -n "__fish_tryton_cli_using_subcommand module; and __fish_seen_subcommand_from upgrade" -s y -l yes -d 'Answer yes to every question of this run: confirmations of deletes and bulk writes, and the server\'s warnings ("do you want to proceed?")'
complete -c tryton-cli -n "__fish_tryton_cli_using_subcommand module; and __fish_seen_subcommand_from upgrade" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c tryton-cli -n "__fish_tryton_cli_using_subcommand module; and __fish_seen_subcommand_from upgrade" -s V -l version -d 'Print version'
complete -c tryton-cli -n "__fish_tryton_cli_using_subcommand module; and __fish_seen_subcommand_from deactivate" -l url -d 'Tryton server URL, e.g. http://127.0.0.1:8000 (also read from TRYTON_RPC_URL)' -r -f
complete -c tryton-cli -n "__fish_tryton_cli_using_subcommand module; and __fish_seen_subcommand_from deactivate" -s d -l database -d 'Database name' -r -f
complete -c tryton-cli -n "__fish_tryton_cli_using_subcommand module; and __fish_seen_subcommand_from deactivate" -l timeout -d 'Timeout for connecting, and for each read (search, read, export...): seconds, or a duration such as 500ms or 1m; 0 is no limit [default: 10]' -r -f
complete -c tryton-cli -n "__fish_tryton_cli_using_subcommand module; and __fish_seen_subcommand_from deactivate" -l write-timeout -d 'Limit on a write (create, write, delete, import, button, wizard, report...) once it is sent: by default none, as the server may still commit a write it was given up on; a write cut short may have been applied. 0 is no limit [default: 0]' -r -f
complete -c tryton-cli -n "__fish_tryton_cli_using_subcommand module; and __fish_seen_subcommand_from deactivate" -l retries -d 'How often a failed request is sent again when that is safe [default: 3]; a proxy\'s 502 or 503 for a read is retried for up to 30 s instead (0: never)' -r -f
complete -c tryton-cli -n "__fish_tryton_cli_using_subcommand module; and __fish_seen_subcommand_from deactivate" -s u -l user -d 'Login name (also picks the stored session when several users are logged in)' -r -f
complete -c tryton-cli -n "__fish_tryton_cli_using_subcommand module; and __fish_seen_subcommand_from deactivate" -l profile -d 'Profile from the config file (~/.config/tryton-cli/config.toml)' -r -f -a '(tryton-cli --generate profile-names 2>/dev/null)'
complete -c tryton-cli -n "__fish_tryton_cli_using_subcommand module; and __fish_seen_subcommand_from deactivate" -l session-store -d 'Where sessions are kept: the OS keyring, a 0600 file, either (auto), or nowhere [default: auto]' -r -f -a "auto\t'The OS keyring when it answers, else a file'
keyring\t''
file\t''
none\t'Keep nothing: every run logs in'"
complete -c tryton-cli -n "__fish_tryton_cli_using_subcommand module; and __fish_seen_subcommand_from deactivate" -l password-file -d 'Read the password from the first line of this file (it must not be readable by others)' -r -F
complete -c tryton-cli -n "__fish_tryton_cli_using_subcommand module; and __fish_seen_subcommand_from deactivate" -l cacert -d 'Trust the certificates in this PEM file (a private CA) instead of the system store; remembered with the session at login' -r -F
complete -c tryton-cli -n "__fish_tryton_cli_using_subcommand module; and __fish_seen_subcommand_from deactivate" -l max-response-size -d 'Refuse answers larger than this: bytes, or a size such as 512KiB or 10MiB [default: 256MiB]' -r -f
complete -c tryton-cli -n "__fish_tryton_cli_using_subcommand module; and __fish_seen_subcommand_from deactivate" -l jq -d 'Run this jq program on the JSON output (in-process; no jq needed), as gh\'s --jq: on each record of search, read, models, fields and export (the whole list with -o json), on the result of call (and of a button or wizard), on ping/status/cron --json. Each output is printed on a line of its own, strings raw (as jq -r), anything else as compact JSON. A bad program is exit 3 before anything is sent' -r -f
complete -c tryton-cli -n "__fish_tryton_cli_using_subcommand module; and __fish_seen_subcommand_from deactivate" -l dry-run -d 'Print the plan (every module that would change, and how) and change nothing'
complete -c tryton-cli -n "__fish_tryton_cli_using_subcommand module; and __fish_seen_subcommand_from deactivate" -l insecure -d 'Do not verify the server\'s TLS certificate (prints a warning); remembered with the session at login'
complete -c tryton-cli -n "__fish_tryton_cli_using_subcommand module; and __fish_seen_subcommand_from deactivate" -s v -l verbose -d 'Trace requests on stderr (-vv adds bodies); secrets are always redacted'
complete -c tryton-cli -n "__fish_tryton_cli_using_subcommand module; and __fish_seen_subcommand_from deactivate" -s q -l quiet -d 'Print nothing but results (ping: nothing at all; use the exit code)'
complete -c tryton-cli -n "__fish_tryton_cli_using_subcommand module; and __fish_seen_subcommand_from deactivate" -s y -l yes -d 'Answer yes to every question of this run: confirmations of deletes and bulk writes, and the server\'s warnings ("do you want to proceed?")'
complete -c tryton-cli -n "__fish_tryton_cli_using_subcommand module; and __fish_seen_subcommand_from deactivate" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c tryton-cli -n "__fish_tryton_cli_using_subcommand module; and __fish_seen_subcommand_from deactivate" -s V -l version -d 'Print version'
complete -c tryton-cli -n "__fish_tryton_cli_using_subcommand module; and __fish_seen_subcommand_from cancel" -l url -d 'Tryton server URL, e.g. http://127.0.0.1:8000 (also read from TRYTON_RPC_URL)' -r -f
complete -c tryton-cli -n "__fish_tryton_cli_using_subcommand module; and __fish_seen_subcommand_from cancel" -s d -l database -d 'Database name' -r -f
complete -c tryton-cli -n "__fish_tryton_cli_using_subcommand module; and __fish_seen_subcommand_from cancel" -l timeout -d 'Timeout for connecting, and for each read (search, read, export...): seconds, or a duration such as 500ms or 1m; 0 is no limit [default: 10]' -r -f
complete -c tryton-cli -n "__fish_tryton_cli_using_subcommand module; and __fish_seen_subcommand_from cancel" -l write-timeout -d 'Limit on a write (create, write, delete, import, button, wizard, report...) once it is sent: by default none, as the server may still commit a write it was given up on; a write cut short may have been applied. 0 is no limit [default: 0]' -r -f
complete -c tryton-cli -n "__fish_tryton_cli_using_subcommand module; and __fish_seen_subcommand_from cancel" -l retries -d 'How often a failed request is sent again when that is safe [default: 3]; a proxy\'s 502 or 503 for a read is retried for up to 30 s instead (0: never)' -r -f
complete -c tryton-cli -n "__fish_tryton_cli_using_subcommand module; and __fish_seen_subcommand_from cancel" -s u -l user -d 'Login name (also picks the stored session when several users are logged in)' -r -f
complete -c tryton-cli -n "__fish_tryton_cli_using_subcommand module; and __fish_seen_subcommand_from cancel" -l profile -d 'Profile from the config file (~/.config/tryton-cli/config.toml)' -r -f -a '(tryton-cli --generate profile-names 2>/dev/null)'
complete -c tryton-cli -n "__fish_tryton_cli_using_subcommand module; and __fish_seen_subcommand_from cancel" -l session-store -d 'Where sessions are kept: the OS keyring, a 0600 file, either (auto), or nowhere [default: auto]' -r -f -a "auto\t'The OS keyring when it answers, else a file'
keyring\t''
file\t''
none\t'Keep nothing: every run logs in'"
complete -c tryton-cli -n "__fish_tryton_cli_using_subcommand module; and __fish_seen_subcommand_from cancel" -l password-file -d 'Read the password from the first line of this file (it must not be readable by others)' -r -F
complete -c tryton-cli -n "__fish_tryton_cli_using_subcommand module; and __fish_seen_subcommand_from cancel" -l cacert -d 'Trust the certificates in this PEM file (a private CA) instead of the system store; remembered with the session at login' -r -F
complete -c tryton-cli -n "__fish_tryton_cli_using_subcommand module; and __fish_seen_subcommand_from cancel" -l max-response-size -d 'Refuse answers larger than this: bytes, or a size such as 512KiB or 10MiB [default: 256MiB]' -r -f
complete -c tryton-cli -n "__fish_tryton_cli_using_subcommand module; and __fish_seen_subcommand_from cancel" -l jq -d 'Run this jq program on the JSON output (in-process; no jq needed), as gh\'s --jq: on each record of search, read, models, fields and export (the whole list with -o json), on the result of call (and of a button or wizard), on ping/status/cron --json. Each output is printed on a line of its own, strings raw (as jq -r), anything else as compact JSON. A bad program is exit 3 before anything is sent' -r -f
complete -c tryton-cli -n "__fish_tryton_cli_using_subcommand module; and __fish_seen_subcommand_from cancel" -l insecure -d 'Do not verify the server\'s TLS certificate (prints a warning); remembered with the session at login'
complete -c tryton-cli -n "__fish_tryton_cli_using_subcommand module; and __fish_seen_subcommand_from cancel" -s v -l verbose -d 'Trace requests on stderr (-vv adds bodies); secrets are always redacted'
complete -c tryton-cli -n "__fish_tryton_cli_using_subcommand module; and __fish_seen_subcommand_from cancel" -s q -l quiet -d 'Print nothing but results (ping: nothing at all; use the exit code)'
complete -c tryton-cli -n "__fish_tryton_cli_using_subcommand module; and __fish_seen_subcommand_from cancel" -s y -l yes -d 'Answer yes to every question of this run: confirmations of deletes and bulk writes, and the server\'s warnings ("do you want to proceed?")'
complete -c tryton-cli -n "__fish_tryton_cli_using_subcommand module; and __fish_seen_subcommand_from cancel" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c tryton-cli -n "__fish_tryton_cli_using_subcommand module; and __fish_seen_subcommand_from cancel" -s V -l version -d 'Print version'
complete -c tryton-cli -n "__fish_tryton_cli_using_subcommand module; and __fish_seen_subcommand_from help" -f -a "list" -d 'List the modules: name, state, version and what each depends on'
complete -c tryton-cli -n "__fish_tryton_cli_using_subcommand module; and __fish_seen_subcommand_from help" -f -a "activate" -d 'Activate modules (and the modules they depend on)'
complete -c tryton-cli -n "__fish_tryton_cli_using_subcommand module; and __fish_seen_subcommand_from help" -f -a "upgrade" -d 'Upgrade activated modules (and the activated modules that depend on them)'
complete -c tryton-cli -n "__fish_tryton_cli_using_subcommand module; and __fish_seen_subcommand_from help" -f -a "deactivate" -d 'Deactivate modules (refused while an activated module depends on them)'
complete -c tryton-cli -n "__fish_tryton_cli_using_subcommand module; and __fish_seen_subcommand_from help" -f -a "cancel" -d 'Cancel a pending operation (modules left "to activate", "to upgrade" or "to remove")'
complete -c tryton-cli -n "__fish_tryton_cli_using_subcommand module; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c tryton-cli -n "__fish_tryton_cli_using_subcommand user; and not __fish_seen_subcommand_from list add passwd disable enable groups help" -l url -d 'Tryton server URL, e.g. http://127.0.0.1:8000 (also read from TRYTON_RPC_URL)' -r -f
complete -c tryton-cli -n "__fish_tryton_cli_using_subcommand user; and not __fish_seen_subcommand_from list add passwd disable enable groups help" -s d -l database -d 'Database name' -r -f
complete -c tryton-cli -n "__fish_tryton_cli_using_subcommand user; and not __fish_seen_subcommand_from list add passwd disable enable groups help" -l timeout -d 'Timeout for connecting, and for each read (search, read, export...): seconds, or a duration such as 500ms or 1m; 0 is no limit [default: 10]' -r -f
complete -c tryton-cli -n "__fish_tryton_cli_using_subcommand user; and not __fish_seen_subcommand_from list add passwd disable enable groups help" -l write-timeout -d 'Limit on a write (create, write, delete, import, button, wizard, report...) once it is sent: by default none, as the server may still commit a write it was given up on; a write cut short may have been applied. 0 is no limit [default: 0]' -r -f
complete -c tryton-cli -n "__fish_tryton_cli_using_subcommand user; and not __fish_seen_subcommand_from list add passwd disable enable groups help" -l retries -d 'How often a failed request is sent again when that is safe [default: 3]; a proxy\'s 502 or 503 for a read is retried for up to 30 s instead (0: never)' -r -f
complete -c tryton-cli -n "__fish_tryton_cli_using_subcommand user; and not __fish_seen_subcommand_from list add passwd disable enable groups help" -s u -l user -d 'Login name (also picks the stored session when several users are logged in)' -r -f
complete -c tryton-cli -n "__fish_tryton_cli_using_subcommand user; and not __fish_seen_subcommand_from list add passwd disable enable groups help" -l profile -d 'Profile from the config file (~/.config/tryton-cli/config.toml)' -r -f -a '(tryton-cli --generate profile-names 2>/dev/null)'
complete -c tryton-cli -n "__fish_tryton_cli_using_subcommand user; and not __fish_seen_subcommand_from list add passwd disable enable groups help" -l session-store -d 'Where sessions are kept: the OS keyring, a 0600 file, either (auto), or nowhere [default: auto]' -r -f -a "auto\t'The OS keyring when it answers, else a file'
keyring\t''
file\t''
none\t'Keep nothing: every run logs in'"
complete -c tryton-cli -n "__fish_tryton_cli_using_subcommand user; and not __fish_seen_subcommand_from list add passwd disable enable groups help" -l password-file -d 'Read the password from the first line of this file (it must not be readable by others)' -r -F
complete -c tryton-cli -n "__fish_tryton_cli_using_subcommand user; and not __fish_seen_subcommand_from list add passwd disable enable groups help" -l cacert -d 'Trust the certificates in this PEM file (a private CA) instead of the system store; remembered with the session at login' -r -F
complete -c tryton-cli -n "__fish_tryton_cli_using_subcommand user; and not __fish_seen_subcommand_from list add passwd disable enable groups help" -l max-response-size -d 'Refuse answers larger than this: bytes, or a size such as 512KiB or 10MiB [default: 256MiB]' -r -f
complete -c tryton-cli -n "__fish_tryton_cli_using_subcommand user; and not __fish_seen_subcommand_from list add passwd disable enable groups help" -l jq -d 'Run this jq program on the JSON output (in-process; no jq needed), as gh\'s --jq: on each record of search, read, models, fields and export (the whole list with -o json), on the result of call (and of a button or wizard), on ping/status/cron --json. Each output is printed on a line of its own, strings raw (as jq -r), anything else as compact JSON. A bad program is exit 3 before anything is sent' -r -f
complete -c tryton-cli -n "__fish_tryton_cli_using_subcommand user; and not __fish_seen_subcommand_from list add passwd disable enable groups help" -l insecure -d 'Do not verify the server\'s TLS certificate (prints a warning); remembered with the session at login'
complete -c tryton-cli -n "__fish_tryton_cli_using_subcommand user; and not __fish_seen_subcommand_from list add passwd disable enable groups help" -s v -l verbose -d 'Trace requests on stderr (-vv adds bodies); secrets are always redacted'
complete -c tryton-cli -n "__fish_tryton_cli_using_subcommand user; and not __fish_seen_subcommand_from list add passwd disable enable groups help" -s q -l quiet -d 'Print nothing but results (ping: nothing at all; use the exit code)'
complete -c tryton-cli -n "__fish_tryton_cli_using_subcommand user; and not __fish_seen_subcommand_from list add passwd disable enable groups help" -s y -l yes -d 'Answer yes to every question of this run: confirmations of deletes and bulk writes, and the server\'s warnings ("do you want to proceed?")'
complete -c tryton-cli -n "__fish_tryton_cli_using_subcommand user; and not __fish_seen_subcommand_from list add passwd disable enable groups help" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c tryton-cli -n "__fish_tryton_cli_using_subcommand user; and not __fish_seen_subcommand_from list add passwd disable enable groups help" -s V -l version -d 'Print version'
complete -c tryton-cli -n "__fish_tryton_cli_using_subcommand user; and not __fish_seen_subcommand_from list add passwd disable enable groups help" -f -a "list" -d 'List the users: login, name, email, active, groups'
complete -c tryton-cli -n "__fish_tryton_cli_using_subcommand user; and not __fish_seen_subcommand_from list add passwd disable enable groups help" -f -a "add" -d 'Create a user'
complete -c tryton-cli -n "__fish_tryton_cli_using_subcommand user; and not __fish_seen_subcommand_from list add passwd disable enable groups help" -f -a "passwd" -d 'Set a user\'s password (yours too: the session is renewed with it)'
complete -c tryton-cli -n "__fish_tryton_cli_using_subcommand user; and not __fish_seen_subcommand_from list add passwd disable enable groups help" -f -a "disable" -d 'Disable a user: the login is refused from then on, its sessions end (asks first)'
complete -c tryton-cli -n "__fish_tryton_cli_using_subcommand user; and not __fish_seen_subcommand_from list add passwd disable enable groups help" -f -a "enable" -d 'Enable a disabled user'
complete -c tryton-cli -n "__fish_tryton_cli_using_subcommand user; and not __fish_seen_subcommand_from list add passwd disable enable groups help" -f -a "groups" -d 'Show a user\'s groups, or change them with --add and --remove'
complete -c tryton-cli -n "__fish_tryton_cli_using_subcommand user; and not __fish_seen_subcommand_from list add passwd disable enable groups help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c tryton-cli -n "__fish_tryton_cli_using_subcommand user; and __fish_seen_subcommand_from list" -s o -l output -d 'Output format [default: table on a terminal, ndjson when piped]' -r -f -a "table\t'A table; long cells are cut on a terminal'
vertical\t'One block per record, a \'field | value\' line per field (as psql\'s \\x)'
json\t'One JSON array of objects keyed by the fields asked for; plain values (ISO 8601 dates, exact decimal numbers, durations in seconds, bytes base64) unless --tagged'
ndjson\t'One JSON object per line, as for json'
csv\t'RFC 4180 with a header row'"
complete -c tryton-cli -n "__fish_tryton_cli_using_subcommand user; and __fish_seen_subcommand_from list" -l url -d 'Tryton server URL, e.g. http://127.0.0.1:8000 (also read from TRYTON_RPC_URL)' -r -f
complete -c tryton-cli -n "__fish_tryton_cli_using_subcommand user; and __fish_seen_subcommand_from list" -s d -l database -d 'Database name' -r -f
complete -c tryton-cli -n "__fish_tryton_cli_using_subcommand user; and __fish_seen_subcommand_from list" -l timeout -d 'Timeout for connecting, and for each read (search, read, export...): seconds, or a duration such as 500ms or 1m; 0 is no limit [default: 10]' -r -f
complete -c tryton-cli -n "__fish_tryton_cli_using_subcommand user; and __fish_seen_subcommand_from list" -l write-timeout -d 'Limit on a write (create, write, delete, import, button, wizard, report...) once it is sent: by default none, as the server may still commit a write it was given up on; a write cut short may have been applied. 0 is no limit [default: 0]' -r -f
complete -c tryton-cli -n "__fish_tryton_cli_using_subcommand user; and __fish_seen_subcommand_from list" -l retries -d 'How often a failed request is sent again when that is safe [default: 3]; a proxy\'s 502 or 503 for a read is retried for up to 30 s instead (0: never)' -r -f
complete -c tryton-cli -n "__fish_tryton_cli_using_subcommand user; and __fish_seen_subcommand_from list" -s u -l user -d 'Login name (also picks the stored session when several users are logged in)' -r -f
complete -c tryton-cli -n "__fish_tryton_cli_using_subcommand user; and __fish_seen_subcommand_from list" -l profile -d 'Profile from the config file (~/.config/tryton-cli/config.toml)' -r -f -a '(tryton-cli --generate profile-names 2>/dev/null)'
complete -c tryton-cli -n "__fish_tryton_cli_using_subcommand user; and __fish_seen_subcommand_from list" -l session-store -d 'Where sessions are kept: the OS keyring, a 0600 file, either (auto), or nowhere [default: auto]' -r -f -a "auto\t'The OS keyring when it answers, else a file'
keyring\t''
file\t''
none\t'Keep nothing: every run logs in'"
complete -c tryton-cli -n "__fish_tryton_cli_using_subcommand user; and __fish_seen_subcommand_from list" -l password-file -d 'Read the password from the first line of this file (it must not be readable by others)' -r -F
complete -c tryton-cli -n "__fish_tryton_cli_using_subcommand user; and __fish_seen_subcommand_from list" -l cacert -d 'Trust the certificates in this PEM file (a private CA) instead of the system store; remembered with the session at login' -r -F
complete -c tryton-cli -n "__fish_tryton_cli_using_subcommand user; and __fish_seen_subcommand_from list" -l max-response-size -d 'Refuse answers larger than this: bytes, or a size such as 512KiB or 10MiB [default: 256MiB]' -r -f
complete -c tryton-cli -n "__fish_tryton_cli_using_subcommand user; and __fish_seen_subcommand_from list" -l jq -d 'Run this jq program on the JSON output (in-process; no jq needed), as gh\'s --jq: on each record of search, read, models, fields and export (the whole list with -o json), on the result of call (and of a button or wizard), on ping/status/cron --json. Each output is printed on a line of its own, strings raw (as jq -r), anything else as compact JSON. A bad program is exit 3 before anything is sent' -r -f
complete -c tryton-cli -n "__fish_tryton_cli_using_subcommand user; and __fish_seen_subcommand_from list" -l all -d 'Disabled users too'
complete -c tryton-cli -n "__fish_tryton_cli_using_subcommand user; and __fish_seen_subcommand_from list" -l pretty -d 'Indented JSON for -o json'
complete -c tryton-cli -n "__fish_tryton_cli_using_subcommand user; and __fish_seen_subcommand_from list" -l tagged -d 'JSON with Tryton\'s tagged values as on the wire ({"__class__": "Decimal", ...}), e.g. to feed them back into call [default: plain JSON: ISO 8601 dates, exact decimal numbers, durations in seconds, bytes base64]'
complete -c tryton-cli -n "__fish_tryton_cli_using_subcommand user; and __fish_seen_subcommand_from list" -l csv-safe -d 'CSV for spreadsheets: cells starting with = + - @, a tab or a carriage return get a \' in front, so they are not run as formulas (numbers such as -12.50 stay as they are)'
complete -c tryton-cli -n "__fish_tryton_cli_using_subcommand user; and __fish_seen_subcommand_from list" -l insecure -d 'Do not verify the server\'s TLS certificate (prints a warning); remembered with the session at login'
complete -c tryton-cli -n "__fish_tryton_cli_using_subcommand user; and __fish_seen_subcommand_from list" -s v -l verbose -d 'Trace requests on stderr (-vv adds bodies); secrets are always redacted'
complete -c tryton-cli -n "__fish_tryton_cli_using_subcommand user; and __fish_seen_subcommand_from list" -s q -l quiet -d 'Print nothing but results (ping: nothing at all; use the exit code)'
complete -c tryton-cli -n "__fish_tryton_cli_using_subcommand user; and __fish_seen_subcommand_from list" -s y -l yes -d 'Answer yes to every question of this run: confirmations of deletes and bulk writes, and the server\'s warnings ("do you want to proceed?")'
complete -c tryton-cli -n "__fish_tryton_cli_using_subcommand user; and __fish_seen_subcommand_from list" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c tryton-cli -n "__fish_tryton_cli_using_subcommand user; and __fish_seen_subcommand_from list" -s V -l version -d 'Print version'
complete -c tryton-cli -n "__fish_tryton_cli_using_subcommand user; and __fish_seen_subcommand_from add" -l name -d 'Full name [default: the login]' -r -f
complete -c tryton-cli -n "__fish_tryton_cli_using_subcommand user; and __fish_seen_subcommand_from add" -l email -d 'Email address' -r -f
complete -c tryton-cli -n "__fish_tryton_cli_using_subcommand user; and __fish_seen_subcommand_from add" -l group -d 'A group to put the user in, by name (repeatable)' -r -f
complete -c tryton-cli -n "__fish_tryton_cli_using_subcommand user; and __fish_seen_subcommand_from add" -l new-password-file -d 'Read the user\'s new password from the first line of this file (it must not be readable by others)' -r -F
complete -c tryton-cli -n "__fish_tryton_cli_using_subcommand user; and __fish_seen_subcommand_from add" -l url -d 'Tryton server URL, e.g. http://127.0.0.1:8000 (also read from TRYTON_RPC_URL)' -r -f
complete -c tryton-cli -n "__fish_tryton_cli_using_subcommand user; and __fish_seen_subcommand_from add" -s d -l database -d 'Database name' -r -f
complete -c tryton-cli -n "__fish_tryton_cli_using_subcommand user; and __fish_seen_subcommand_from add" -l timeout -d 'Timeout for connecting, and for each read (search, read, export...): seconds, or a duration such as 500ms or 1m; 0 is no limit [default: 10]' -r -f
complete -c tryton-cli -n "__fish_tryton_cli_using_subcommand user; and __fish_seen_subcommand_from add" -l write-timeout -d 'Limit on a write (create, write, delete, import, button, wizard, report...) once it is sent: by default none, as the server may still commit a write it was given up on; a write cut short may have been applied. 0 is no limit [default: 0]' -r -f
complete -c tryton-cli -n "__fish_tryton_cli_using_subcommand user; and __fish_seen_subcommand_from add" -l retries -d 'How often a failed request is sent again when that is safe [default: 3]; a proxy\'s 502 or 503 for a read is retried for up to 30 s instead (0: never)' -r -f
complete -c tryton-cli -n "__fish_tryton_cli_using_subcommand user; and __fish_seen_subcommand_from add" -s u -l user -d 'Login name (also picks the stored session when several users are logged in)' -r -f
complete -c tryton-cli -n "__fish_tryton_cli_using_subcommand user; and __fish_seen_subcommand_from add" -l profile -d 'Profile from the config file (~/.config/tryton-cli/config.toml)' -r -f -a '(tryton-cli --generate profile-names 2>/dev/null)'
complete -c tryton-cli -n "__fish_tryton_cli_using_subcommand user; and __fish_seen_subcommand_from add" -l session-store -d 'Where sessions are kept: the OS keyring, a 0600 file, either (auto), or nowhere [default: auto]' -r -f -a "auto\t'The OS keyring when it answers, else a file'
keyring\t''
file\t''
none\t'Keep nothing: every run logs in'"
complete -c tryton-cli -n "__fish_tryton_cli_using_subcommand user; and __fish_seen_subcommand_from add" -l password-file -d 'Read the password from the first line of this file (it must not be readable by others)' -r -F
complete -c tryton-cli -n "__fish_tryton_cli_using_subcommand user; and __fish_seen_subcommand_from add" -l cacert -d 'Trust the certificates in this PEM file (a private CA) instead of the system store; remembered with the session at login' -r -F
complete -c tryton-cli -n "__fish_tryton_cli_using_subcommand user; and __fish_seen_subcommand_from add" -l max-response-size -d 'Refuse answers larger than this: bytes, or a size such as 512KiB or 10MiB [default: 256MiB]' -r -f
complete -c tryton-cli -n "__fish_tryton_cli_using_subcommand user; and __fish_seen_subcommand_from add" -l jq -d 'Run this jq program on the JSON output (in-process; no jq needed), as gh\'s --jq: on each record of search, read, models, fields and export (the whole list with -o json), on the result of call (and of a button or wizard), on ping/status/cron --json. Each output is printed on a line of its own, strings raw (as jq -r), anything else as compact JSON. A bad program is exit 3 before anything is sent' -r -f
complete -c tryton-cli -n "__fish_tryton_cli_using_subcommand user; and __fish_seen_subcommand_from add" -l password-stdin -d 'Read the user\'s new password from the first line of standard input'
complete -c tryton-cli -n "__fish_tryton_cli_using_subcommand user; and __fish_seen_subcommand_from add" -l insecure -d 'Do not verify the server\'s TLS certificate (prints a warning); remembered with the session at login'
complete -c tryton-cli -n "__fish_tryton_cli_using_subcommand user; and __fish_seen_subcommand_from add" -s v -l verbose -d 'Trace requests on stderr (-vv adds bodies); secrets are always redacted'
complete -c tryton-cli -n "__fish_tryton_cli_using_subcommand user; and __fish_seen_subcommand_from add" -s q -l quiet -d 'Print nothing but results (ping: nothing at all; use the exit code)'
complete -c tryton-cli -n "__fish_tryton_cli_using_subcommand user; and __fish_seen_subcommand_from add" -s y -l yes -d 'Answer yes to every question of this run: confirmations of deletes and bulk writes, and the server\'s warnings ("do you want to proceed?")'
complete -c tryton-cli -n "__fish_tryton_cli_using_subcommand user; and __fish_seen_subcommand_from add" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c tryton-cli -n "__fish_tryton_cli_using_subcommand user; and __fish_seen_subcommand_from add" -s V -l version -d 'Print version'
complete -c tryton-cli -n "__fish_tryton_cli_using_subcommand user; and __fish_seen_subcommand_from passwd" -l new-password-file -d 'Read the user\'s new password from the first line of this file (it must not be readable by others)' -r -F
complete -c tryton-cli -n "__fish_tryton_cli_using_subcommand user; and __fish_seen_subcommand_from passwd" -l url -d 'Tryton server URL, e.g. http://127.0.0.1:8000 (also read from TRYTON_RPC_URL)' -r -f
complete -c tryton-cli -n "__fish_tryton_cli_using_subcommand user; and __fish_seen_subcommand_from passwd" -s d -l database -d 'Database name' -r -f
complete -c tryton-cli -n "__fish_tryton_cli_using_subcommand user; and __fish_seen_subcommand_from passwd" -l timeout -d 'Timeout for connecting, and for each read (search, read, export...): seconds, or a duration such as 500ms or 1m; 0 is no limit [default: 10]' -r -f
complete -c tryton-cli -n "__fish_tryton_cli_using_subcommand user; and __fish_seen_subcommand_from passwd" -l write-timeout -d 'Limit on a write (create, write, delete, import, button, wizard, report...) once it is sent: by default none, as the server may still commit a write it was given up on; a write cut short may have been applied. 0 is no limit [default: 0]' -r -f
complete -c tryton-cli -n "__fish_tryton_cli_using_subcommand user; and __fish_seen_subcommand_from passwd" -l retries -d 'How often a failed request is sent again when that is safe [default: 3]; a proxy\'s 502 or 503 for a read is retried for up to 30 s instead (0: never)' -r -f
complete -c tryton-cli -n "__fish_tryton_cli_using_subcommand user; and __fish_seen_subcommand_from passwd" -s u -l user -d 'Login name (also picks the stored session when several users are logged in)' -r -f
complete -c tryton-cli -n "__fish_tryton_cli_using_subcommand user; and __fish_seen_subcommand_from passwd" -l profile -d 'Profile from the config file (~/.config/tryton-cli/config.toml)' -r -f -a '(tryton-cli --generate profile-names 2>/dev/null)'
complete -c tryton-cli -n "__fish_tryton_cli_using_subcommand user; and __fish_seen_subcommand_from passwd" -l session-store -d 'Where sessions are kept: the OS keyring, a 0600 file, either (auto), or nowhere [default: auto]' -r -f -a "auto\t'The OS keyring when it answers, else a file'
keyring\t''
file\t''
none\t'Keep nothing: every run logs in'"
complete -c tryton-cli -n "__fish_tryton_cli_using_subcommand user; and __fish_seen_subcommand_from passwd" -l password-file -d 'Read the password from the first line of this file (it must not be readable by others)' -r -F
complete -c tryton-cli -n "__fish_tryton_cli_using_subcommand user; and __fish_seen_subcommand_from passwd" -l cacert -d 'Trust the certificates in this PEM file (a private CA) instead of the system store; remembered with the session at login' -r -F
complete -c tryton-cli -n "__fish_tryton_cli_using_subcommand user; and __fish_seen_subcommand_from passwd" -l max-response-size -d 'Refuse answers larger than this: bytes, or a size such as 512KiB or 10MiB [default: 256MiB]' -r -f
complete -c tryton-cli -n "__fish_tryton_cli_using_subcommand user; and __fish_seen_subcommand_from passwd" -l jq -d 'Run this jq program on the JSON output (in-process; no jq needed), as gh\'s --jq: on each record of search, read, models, fields and export (the whole list with -o json), on the result of call (and of a button or wizard), on ping/status/cron --json. Each output is printed on a line of its own, strings raw (as jq -r), anything else as compact JSON. A bad program is exit 3 before anything is sent' -r -f
complete -c tryton-cli -n "__fish_tryton_cli_using_subcommand user; and __fish_seen_subcommand_from passwd" -l password-stdin -d 'Read the user\'s new password from the first line of standard input'
complete -c tryton-cli -n "__fish_tryton_cli_using_subcommand user; and __fish_seen_subcommand_from passwd" -l insecure -d 'Do not verify the server\'s TLS certificate (prints a warning); remembered with the session at login'
complete -c tryton-cli -n "__fish_tryton_cli_using_subcommand user; and __fish_seen_subcommand_from passwd" -s v -l verbose -d 'Trace requests on stderr (-vv adds bodies); secrets are always redacted'
complete -c tryton-cli -n "__fish_tryton_cli_using_subcommand user; and __fish_seen_subcommand_from passwd" -s q -l quiet -d 'Print nothing but results (ping: nothing at all; use the exit code)'
complete -c tryton-cli -n "__fish_tryton_cli_using_subcommand user; and __fish_seen_subcommand_from passwd" -s y -l yes -d 'Answer yes to every question of this run: confirmations of deletes and bulk writes, and the server\'s warnings ("do you want to proceed?")'
complete -c tryton-cli -n "__fish_tryton_cli_using_subcommand user; and __fish_seen_subcommand_from passwd" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c tryton-cli -n "__fish_tryton_cli_using_subcommand user; and __fish_seen_subcommand_from passwd" -s V -l version -d 'Print version'
complete -c tryton-cli -n "__fish_tryton_cli_using_subcommand user; and __fish_seen_subcommand_from disable" -l url -d 'Tryton server URL, e.g. http://127.0.0.1:8000 (also read from TRYTON_RPC_URL)' -r -f
complete -c tryton-cli -n "__fish_tryton_cli_using_subcommand user; and __fish_seen_subcommand_from disable" -s d -l database -d 'Database name' -r -f
complete -c tryton-cli -n "__fish_tryton_cli_using_subcommand user; and __fish_seen_subcommand_from disable" -l timeout -d 'Timeout for connecting, and for each read (search, read, export...): seconds, or a duration such as 500ms or 1m; 0 is no limit [default: 10]' -r -f
complete -c tryton-cli -n "__fish_tryton_cli_using_subcommand user; and __fish_seen_subcommand_from disable" -l write-timeout -d 'Limit on a write (create, write, delete, import, button, wizard, report...) once it is sent: by default none, as the server may still commit a write it was given up on; a write cut short may have been applied. 0 is no limit [default: 0]' -r -f
complete -c tryton-cli -n "__fish_tryton_cli_using_subcommand user; and __fish_seen_subcommand_from disable" -l retries -d 'How often a failed request is sent again when that is safe [default: 3]; a proxy\'s 502 or 503 for a read is retried for up to 30 s instead (0: never)' -r -f
complete -c tryton-cli -n "__fish_tryton_cli_using_subcommand user; and __fish_seen_subcommand_from disable" -s u -l user -d 'Login name (also picks the stored session when several users are logged in)' -r -f
complete -c tryton-cli -n "__fish_tryton_cli_using_subcommand user; and __fish_seen_subcommand_from disable" -l profile -d 'Profile from the config file (~/.config/tryton-cli/config.toml)' -r -f -a '(tryton-cli --generate profile-names 2>/dev/null)'
complete -c tryton-cli -n "__fish_tryton_cli_using_subcommand user; and __fish_seen_subcommand_from disable" -l session-store -d 'Where sessions are kept: the OS keyring, a 0600 file, either (auto), or nowhere [default: auto]' -r -f -a "auto\t'The OS keyring when it answers, else a file'
keyring\t''
file\t''
none\t'Keep nothing: every run logs in'"
complete -c tryton-cli -n "__fish_tryton_cli_using_subcommand user; and __fish_seen_subcommand_from disable" -l password-file -d 'Read the password from the first line of this file (it must not be readable by others)' -r -F
complete -c tryton-cli -n "__fish_tryton_cli_using_subcommand user; and __fish_seen_subcommand_from disable" -l cacert -d 'Trust the certificates in this PEM file (a private CA) instead of the system store; remembered with the session at login' -r -F
complete -c tryton-cli -n "__fish_tryton_cli_using_subcommand user; and __fish_seen_subcommand_from disable" -l max-response-size -d 'Refuse answers larger than this: bytes, or a size such as 512KiB or 10MiB [default: 256MiB]' -r -f
complete -c tryton-cli -n "__fish_tryton_cli_using_subcommand user; and __fish_seen_subcommand_from disable" -l jq -d 'Run this jq program on the JSON output (in-process; no jq needed), as gh\'s --jq: on each record of search, read, models, fields and export (the whole list with -o json), on the result of call (and of a button or wizard), on ping/status/cron --json. Each output is printed on a line of its own, strings raw (as jq -r), anything else as compact JSON. A bad program is exit 3 before anything is sent' -r -f
complete -c tryton-cli -n "__fish_tryton_cli_using_subcommand user; and __fish_seen_subcommand_from disable" -l insecure -d 'Do not verify the server\'s TLS certificate (prints a warning); remembered with the session at login'
complete -c tryton-cli -n "__fish_tryton_cli_using_subcommand user; and __fish_seen_subcommand_from disable" -s v -l verbose -d 'Trace requests on stderr (-vv adds bodies); secrets are always redacted'
complete -c tryton-cli -n "__fish_tryton_cli_using_subcommand user; and __fish_seen_subcommand_from disable" -s q -l quiet -d 'Print nothing but results (ping: nothing at all; use the exit code)'
complete -c tryton-cli -n "__fish_tryton_cli_using_subcommand user; and __fish_seen_subcommand_from disable" -s y -l yes -d 'Answer yes to every question of this run: confirmations of deletes and bulk writes, and the server\'s warnings ("do you want to proceed?")'
complete -c tryton-cli -n "__fish_tryton_cli_using_subcommand user; and __fish_seen_subcommand_from disable" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c tryton-cli -n "__fish_tryton_cli_using_subcommand user; and __fish_seen_subcommand_from disable" -s V -l version -d 'Print version'
complete -c tryton-cli -n "__fish_tryton_cli_using_subcommand user; and __fish_seen_subcommand_from enable" -l url -d 'Tryton server URL, e.g. http://127.0.0.1:8000 (also read from TRYTON_RPC_URL)' -r -f
complete -c tryton-cli -n "__fish_tryton_cli_using_subcommand user; and __fish_seen_subcommand_from enable" -s d -l database -d 'Database name' -r -f
complete -c tryton-cli -n "__fish_tryton_cli_using_subcommand user; and __fish_seen_subcommand_from enable" -l timeout -d 'Timeout for connecting, and for each read (search, read, export...): seconds, or a duration such as 500ms or 1m; 0 is no limit [default: 10]' -r -f
complete -c tryton-cli -n "__fish_tryton_cli_using_subcommand user; and __fish_seen_subcommand_from enable" -l write-timeout -d 'Limit on a write (create, write, delete, import, button, wizard, report...) once it is sent: by default none, as the server may still commit a write it was given up on; a write cut short may have been applied. 0 is no limit [default: 0]' -r -f
complete -c tryton-cli -n "__fish_tryton_cli_using_subcommand user; and __fish_seen_subcommand_from enable" -l retries -d 'How often a failed request is sent again when that is safe [default: 3]; a proxy\'s 502 or 503 for a read is retried for up to 30 s instead (0: never)' -r -f
complete -c tryton-cli -n "__fish_tryton_cli_using_subcommand user; and __fish_seen_subcommand_from enable" -s u -l user -d 'Login name (also picks the stored session when several users are logged in)' -r -f
complete -c tryton-cli -n "__fish_tryton_cli_using_subcommand user; and __fish_seen_subcommand_from enable" -l profile -d 'Profile from the config file (~/.config/tryton-cli/config.toml)' -r -f -a '(tryton-cli --generate profile-names 2>/dev/null)'
complete -c tryton-cli -n "__fish_tryton_cli_using_subcommand user; and __fish_seen_subcommand_from enable" -l session-store -d 'Where sessions are kept: the OS keyring, a 0600 file, either (auto), or nowhere [default: auto]' -r -f -a "auto\t'The OS keyring when it answers, else a file'
keyring\t''
file\t''
none\t'Keep nothing: every run logs in'"
complete -c tryton-cli -n "__fish_tryton_cli_using_subcommand user; and __fish_seen_subcommand_from enable" -l password-file -d 'Read the password from the first line of this file (it must not be readable by others)' -r -F
complete -c tryton-cli -n "__fish_tryton_cli_using_subcommand user; and __fish_seen_subcommand_from enable" -l cacert -d 'Trust the certificates in this PEM file (a private CA) instead of the system store; remembered with the session at login' -r -F
complete -c tryton-cli -n "__fish_tryton_cli_using_subcommand user; and __fish_seen_subcommand_from enable" -l max-response-size -d 'Refuse answers larger than this: bytes, or a size such as 512KiB or 10MiB [default: 256MiB]' -r -f
complete -c tryton-cli -n "__fish_tryton_cli_using_subcommand user; and __fish_seen_subcommand_from enable" -l jq -d 'Run this jq program on the JSON output (in-process; no jq needed), as gh\'s --jq: on each record of search, read, models, fields and export (the whole list with -o json), on the result of call (and of a button or wizard), on ping/status/cron --json. Each output is printed on a line of its own, strings raw (as jq -r), anything else as compact JSON. A bad program is exit 3 before anything is sent' -r -f
complete -c tryton-cli -n "__fish_tryton_cli_using_subcommand user; and __fish_seen_subcommand_from enable" -l insecure -d 'Do not verify the server\'s TLS certificate (prints a warning); remembered with the session at login'
complete -c tryton-cli -n "__fish_tryton_cli_using_subcommand user; and __fish_seen_subcommand_from enable" -s v -l verbose -d 'Trace requests on stderr (-vv adds bodies); secrets are always redacted'
complete -c tryton-cli -n "__fish_tryton_cli_using_subcommand user; and __fish_seen_subcommand_from enable" -s q -l quiet -d 'Print nothing but results (ping: nothing at all; use the exit code)'
complete -c tryton-cli -n "__fish_tryton_cli_using_subcommand user; and __fish_seen_subcommand_from enable" -s y -l yes -d 'Answer yes to every question of this run: confirmations of deletes and bulk writes, and the server\'s warnings ("do you want to proceed?")'
complete -c tryton-cli -n "__fish_tryton_cli_using_subcommand user; and __fish_seen_subcommand_from enable" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c tryton-cli -n "__fish_tryton_cli_using_subcommand user; and __fish_seen_subcommand_from enable" -s V -l version -d 'Print version'
complete -c tryton-cli -n "__fish_tryton_cli_using_subcommand user; and __fish_seen_subcommand_from groups" -l add -d 'Put the user in this group, by name (repeatable)' -r -f
complete -c tryton-cli -n "__fish_tryton_cli_using_subcommand user; and __fish_seen_subcommand_from groups" -l remove -d 'Take the user out of this group, by name (repeatable)' -r -f
complete -c tryton-cli -n "__fish_tryton_cli_using_subcommand user; and __fish_seen_subcommand_from groups" -s o -l output -d 'Output format [default: table on a terminal, ndjson when piped]' -r -f -a "table\t'A table; long cells are cut on a terminal'
vertical\t'One block per record, a \'field | value\' line per field (as psql\'s \\x)'
json\t'One JSON array of objects keyed by the fields asked for; plain values (ISO 8601 dates, exact decimal numbers, durations in seconds, bytes base64) unless --tagged'
ndjson\t'One JSON object per line, as for json'
csv\t'RFC 4180 with a header row'"
complete -c tryton-cli -n "__fish_tryton_cli_using_subcommand user; and __fish_seen_subcommand_from groups" -l url -d 'Tryton server URL, e.g. http://127.0.0.1:8000 (also read from TRYTON_RPC_URL)' -r -f
complete -c tryton-cli -n "__fish_tryton_cli_using_subcommand user; and __fish_seen_subcommand_from groups" -s d -l database -d 'Database name' -r -f
complete -c tryton-cli -n "__fish_tryton_cli_using_subcommand user; and __fish_seen_subcommand_from groups" -l timeout -d 'Timeout for connecting, and for each read (search, read, export...): seconds, or a duration such as 500ms or 1m; 0 is no limit [default: 10]' -r -f
complete -c tryton-cli -n "__fish_tryton_cli_using_subcommand user; and __fish_seen_subcommand_from groups" -l write-timeout -d 'Limit on a write (create, write, delete, import, button, wizard, report...) once it is sent: by default none, as the server may still commit a write it was given up on; a write cut short may have been applied. 0 is no limit [default: 0]' -r -f
complete -c tryton-cli -n "__fish_tryton_cli_using_subcommand user; and __fish_seen_subcommand_from groups" -l retries -d 'How often a failed request is sent again when that is safe [default: 3]; a proxy\'s 502 or 503 for a read is retried for up to 30 s instead (0: never)' -r -f
complete -c tryton-cli -n "__fish_tryton_cli_using_subcommand user; and __fish_seen_subcommand_from groups" -s u -l user -d 'Login name (also picks the stored session when several users are logged in)' -r -f
complete -c tryton-cli -n "__fish_tryton_cli_using_subcommand user; and __fish_seen_subcommand_from groups" -l profile -d 'Profile from the config file (~/.config/tryton-cli/config.toml)' -r -f -a '(tryton-cli --generate profile-names 2>/dev/null)'
complete -c tryton-cli -n "__fish_tryton_cli_using_subcommand user; and __fish_seen_subcommand_from groups" -l session-store -d 'Where sessions are kept: the OS keyring, a 0600 file, either (auto), or nowhere [default: auto]' -r -f -a "auto\t'The OS keyring when it answers, else a file'
keyring\t''
file\t''
none\t'Keep nothing: every run logs in'"
complete -c tryton-cli -n "__fish_tryton_cli_using_subcommand user; and __fish_seen_subcommand_from groups" -l password-file -d 'Read the password from the first line of this file (it must not be readable by others)' -r -F
complete -c tryton-cli -n "__fish_tryton_cli_using_subcommand user; and __fish_seen_subcommand_from groups" -l cacert -d 'Trust the certificates in this PEM file (a private CA) instead of the system store; remembered with the session at login' -r -F
complete -c tryton-cli -n "__fish_tryton_cli_using_subcommand user; and __fish_seen_subcommand_from groups" -l max-response-size -d 'Refuse answers larger than this: bytes, or a size such as 512KiB or 10MiB [default: 256MiB]' -r -f
complete -c tryton-cli -n "__fish_tryton_cli_using_subcommand user; and __fish_seen_subcommand_from groups" -l jq -d 'Run this jq program on the JSON output (in-process; no jq needed), as gh\'s --jq: on each record of search, read, models, fields and export (the whole list with -o json), on the result of call (and of a button or wizard), on ping/status/cron --json. Each output is printed on a line of its own, strings raw (as jq -r), anything else as compact JSON. A bad program is exit 3 before anything is sent' -r -f
complete -c tryton-cli -n "__fish_tryton_cli_using_subcommand user; and __fish_seen_subcommand_from groups" -l pretty -d 'Indented JSON for -o json'
complete -c tryton-cli -n "__fish_tryton_cli_using_subcommand user; and __fish_seen_subcommand_from groups" -l tagged -d 'JSON with Tryton\'s tagged values as on the wire ({"__class__": "Decimal", ...}), e.g. to feed them back into call [default: plain JSON: ISO 8601 dates, exact decimal numbers, durations in seconds, bytes base64]'
complete -c tryton-cli -n "__fish_tryton_cli_using_subcommand user; and __fish_seen_subcommand_from groups" -l csv-safe -d 'CSV for spreadsheets: cells starting with = + - @, a tab or a carriage return get a \' in front, so they are not run as formulas (numbers such as -12.50 stay as they are)'
complete -c tryton-cli -n "__fish_tryton_cli_using_subcommand user; and __fish_seen_subcommand_from groups" -l insecure -d 'Do not verify the server\'s TLS certificate (prints a warning); remembered with the session at login'
complete -c tryton-cli -n "__fish_tryton_cli_using_subcommand user; and __fish_seen_subcommand_from groups" -s v -l verbose -d 'Trace requests on stderr (-vv adds bodies); secrets are always redacted'
complete -c tryton-cli -n "__fish_tryton_cli_using_subcommand user; and __fish_seen_subcommand_from groups" -s q -l quiet -d 'Print nothing but results (ping: nothing at all; use the exit code)'
complete -c tryton-cli -n "__fish_tryton_cli_using_subcommand user; and __fish_seen_subcommand_from groups" -s y -l yes -d 'Answer yes to every question of this run: confirmations of deletes and bulk writes, and the server\'s warnings ("do you want to proceed?")'
complete -c tryton-cli -n "__fish_tryton_cli_using_subcommand user; and __fish_seen_subcommand_from groups" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c tryton-cli -n "__fish_tryton_cli_using_subcommand user; and __fish_seen_subcommand_from groups" -s V -l version -d 'Print version'
complete -c tryton-cli -n "__fish_tryton_cli_using_subcommand user; and __fish_seen_subcommand_from help" -f -a "list" -d 'List the users: login, name, email, active, groups'
complete -c tryton-cli -n "__fish_tryton_cli_using_subcommand user; and __fish_seen_subcommand_from help" -f -a "add" -d 'Create a user'
complete -c tryton-cli -n "__fish_tryton_cli_using_subcommand user; and __fish_seen_subcommand_from help" -f -a "passwd" -d 'Set a user\'s password (yours too: the session is renewed with it)'
complete -c tryton-cli -n "__fish_tryton_cli_using_subcommand user; and __fish_seen_subcommand_from help" -f -a "disable" -d 'Disable a user: the login is refused from then on, its sessions end (asks first)'
complete -c tryton-cli -n "__fish_tryton_cli_using_subcommand user; and __fish_seen_subcommand_from help" -f -a "enable" -d 'Enable a disabled user'
complete -c tryton-cli -n "__fish_tryton_cli_using_subcommand user; and __fish_seen_subcommand_from help" -f -a "groups" -d 'Show a user\'s groups, or change them with --add and --remove'
complete -c tryton-cli -n "__fish_tryton_cli_using_subcommand user; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c tryton-cli -n "__fish_tryton_cli_using_subcommand lang; and not __fish_seen_subcommand_from list load unload help" -l url -d 'Tryton server URL, e.g. http://127.0.0.1:8000 (also read from TRYTON_RPC_URL)' -r -f
complete -c tryton-cli -n "__fish_tryton_cli_using_subcommand lang; and not __fish_seen_subcommand_from list load unload help" -s d -l database -d 'Database name' -r -f
complete -c tryton-cli -n "__fish_tryton_cli_using_subcommand lang; and not __fish_seen_subcommand_from list load unload help" -l timeout -d 'Timeout for connecting, and for each read (search, read, export...): seconds, or a duration such as 500ms or 1m; 0 is no limit [default: 10]' -r -f
complete -c tryton-cli -n "__fish_tryton_cli_using_subcommand lang; and not __fish_seen_subcommand_from list load unload help" -l write-timeout -d 'Limit on a write (create, write, delete, import, button, wizard, report...) once it is sent: by default none, as the server may still commit a write it was given up on; a write cut short may have been applied. 0 is no limit [default: 0]' -r -f
complete -c tryton-cli -n "__fish_tryton_cli_using_subcommand lang; and not __fish_seen_subcommand_from list load unload help" -l retries -d 'How often a failed request is sent again when that is safe [default: 3]; a proxy\'s 502 or 503 for a read is retried for up to 30 s instead (0: never)' -r -f
complete -c tryton-cli -n "__fish_tryton_cli_using_subcommand lang; and not __fish_seen_subcommand_from list load unload help" -s u -l user -d 'Login name (also picks the stored session when several users are logged in)' -r -f
complete -c tryton-cli -n "__fish_tryton_cli_using_subcommand lang; and not __fish_seen_subcommand_from list load unload help" -l profile -d 'Profile from the config file (~/.config/tryton-cli/config.toml)' -r -f -a '(tryton-cli --generate profile-names 2>/dev/null)'
complete -c tryton-cli -n "__fish_tryton_cli_using_subcommand lang; and not __fish_seen_subcommand_from list load unload help" -l session-store -d 'Where sessions are kept: the OS keyring, a 0600 file, either (auto), or nowhere [default: auto]' -r -f -a "auto\t'The OS keyring when it answers, else a file'
keyring\t''
file\t''
none\t'Keep nothing: every run logs in'"
complete -c tryton-cli -n "__fish_tryton_cli_using_subcommand lang; and not __fish_seen_subcommand_from list load unload help" -l password-file -d 'Read the password from the first line of this file (it must not be readable by others)' -r -F
complete -c tryton-cli -n "__fish_tryton_cli_using_subcommand lang; and not __fish_seen_subcommand_from list load unload help" -l cacert -d 'Trust the certificates in this PEM file (a private CA) instead of the system store; remembered with the session at login' -r -F
complete -c tryton-cli -n "__fish_tryton_cli_using_subcommand lang; and not __fish_seen_subcommand_from list load unload help" -l max-response-size -d 'Refuse answers larger than this: bytes, or a size such as 512KiB or 10MiB [default: 256MiB]' -r -f
complete -c tryton-cli -n "__fish_tryton_cli_using_subcommand lang; and not __fish_seen_subcommand_from list load unload help" -l jq -d 'Run this jq program on the JSON output (in-process; no jq needed), as gh\'s --jq: on each record of search, read, models, fields and export (the whole list with -o json), on the result of call (and of a button or wizard), on ping/status/cron --json. Each output is printed on a line of its own, strings raw (as jq -r), anything else as compact JSON. A bad program is exit 3 before anything is sent' -r -f
complete -c tryton-cli -n "__fish_tryton_cli_using_subcommand lang; and not __fish_seen_subcommand_from list load unload help" -l insecure -d 'Do not verify the server\'s TLS certificate (prints a warning); remembered with the session at login'
complete -c tryton-cli -n "__fish_tryton_cli_using_subcommand lang; and not __fish_seen_subcommand_from list load unload help" -s v -l verbose -d 'Trace requests on stderr (-vv adds bodies); secrets are always redacted'
complete -c tryton-cli -n "__fish_tryton_cli_using_subcommand lang; and not __fish_seen_subcommand_from list load unload help" -s q -l quiet -d 'Print nothing but results (ping: nothing at all; use the exit code)'
complete -c tryton-cli -n "__fish_tryton_cli_using_subcommand lang; and not __fish_seen_subcommand_from list load unload help" -s y -l yes -d 'Answer yes to every question of this run: confirmations of deletes and bulk writes, and the server\'s warnings ("do you want to proceed?")'
complete -c tryton-cli -n "__fish_tryton_cli_using_subcommand lang; and not __fish_seen_subcommand_from list load unload help" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c tryton-cli -n "__fish_tryton_cli_using_subcommand lang; and not __fish_seen_subcommand_from list load unload help" -s V -l version -d 'Print version'
complete -c tryton-cli -n "__fish_tryton_cli_using_subcommand lang; and not __fish_seen_subcommand_from list load unload help" -f -a "list" -d 'List the languages: code, name, whether translations are loaded, whether active'
complete -c tryton-cli -n "__fish_tryton_cli_using_subcommand lang; and not __fish_seen_subcommand_from list load unload help" -f -a "load" -d 'Load a language\'s translations of the activated modules'
complete -c tryton-cli -n "__fish_tryton_cli_using_subcommand lang; and not __fish_seen_subcommand_from list load unload help" -f -a "unload" -d 'Unload a language\'s translations'
complete -c tryton-cli -n "__fish_tryton_cli_using_subcommand lang; and not __fish_seen_subcommand_from list load unload help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c tryton-cli -n "__fish_tryton_cli_using_subcommand lang; and __fish_seen_subcommand_from list" -s o -l output -d 'Output format [default: table on a terminal, ndjson when piped]' -r -f -a "table\t'A table; long cells are cut on a terminal'
vertical\t'One block per record, a \'field | value\' line per field (as psql\'s \\x)'
json\t'One JSON array of objects keyed by the fields asked for; plain values (ISO 8601 dates, exact decimal numbers, durations in seconds, bytes base64) unless --tagged'
ndjson\t'One JSON object per line, as for json'
csv\t'RFC 4180 with a header row'"
complete -c tryton-cli -n "__fish_tryton_cli_using_subcommand lang; and __fish_seen_subcommand_from list" -l url -d 'Tryton server URL, e.g. http://127.0.0.1:8000 (also read from TRYTON_RPC_URL)' -r -f
complete -c tryton-cli -n "__fish_tryton_cli_using_subcommand lang; and __fish_seen_subcommand_from list" -s d -l database -d 'Database name' -r -f
complete -c tryton-cli -n "__fish_tryton_cli_using_subcommand lang; and __fish_seen_subcommand_from list" -l timeout -d 'Timeout for connecting, and for each read (search, read, export...): seconds, or a duration such as 500ms or 1m; 0 is no limit [default: 10]' -r -f
complete -c tryton-cli -n "__fish_tryton_cli_using_subcommand lang; and __fish_seen_subcommand_from list" -l write-timeout -d 'Limit on a write (create, write, delete, import, button, wizard, report...) once it is sent: by default none, as the server may still commit a write it was given up on; a write cut short may have been applied. 0 is no limit [default: 0]' -r -f
complete -c tryton-cli -n "__fish_tryton_cli_using_subcommand lang; and __fish_seen_subcommand_from list" -l retries -d 'How often a failed request is sent again when that is safe [default: 3]; a proxy\'s 502 or 503 for a read is retried for up to 30 s instead (0: never)' -r -f
complete -c tryton-cli -n "__fish_tryton_cli_using_subcommand lang; and __fish_seen_subcommand_from list" -s u -l user -d 'Login name (also picks the stored session when several users are logged in)' -r -f
complete -c tryton-cli -n "__fish_tryton_cli_using_subcommand lang; and __fish_seen_subcommand_from list" -l profile -d 'Profile from the config file (~/.config/tryton-cli/config.toml)' -r -f -a '(tryton-cli --generate profile-names 2>/dev/null)'
complete -c tryton-cli -n "__fish_tryton_cli_using_subcommand lang; and __fish_seen_subcommand_from list" -l session-store -d 'Where sessions are kept: the OS keyring, a 0600 file, either (auto), or nowhere [default: auto]' -r -f -a "auto\t'The OS keyring when it answers, else a file'
keyring\t''
file\t''
none\t'Keep nothing: every run logs in'"
complete -c tryton-cli -n "__fish_tryton_cli_using_subcommand lang; and __fish_seen_subcommand_from list" -l password-file -d 'Read the password from the first line of this file (it must not be readable by others)' -r -F
complete -c tryton-cli -n "__fish_tryton_cli_using_subcommand lang; and __fish_seen_subcommand_from list" -l cacert -d 'Trust the certificates in this PEM file (a private CA) instead of the system store; remembered with the session at login' -r -F
complete -c tryton-cli -n "__fish_tryton_cli_using_subcommand lang; and __fish_seen_subcommand_from list" -l max-response-size -d 'Refuse answers larger than this: bytes, or a size such as 512KiB or 10MiB [default: 256MiB]' -r -f
complete -c tryton-cli -n "__fish_tryton_cli_using_subcommand lang; and __fish_seen_subcommand_from list" -l jq -d 'Run this jq program on the JSON output (in-process; no jq needed), as gh\'s --jq: on each record of search, read, models, fields and export (the whole list with -o json), on the result of call (and of a button or wizard), on ping/status/cron --json. Each output is printed on a line of its own, strings raw (as jq -r), anything else as compact JSON. A bad program is exit 3 before anything is sent' -r -f
complete -c tryton-cli -n "__fish_tryton_cli_using_subcommand lang; and __fish_seen_subcommand_from list" -l pretty -d 'Indented JSON for -o json'
complete -c tryton-cli -n "__fish_tryton_cli_using_subcommand lang; and __fish_seen_subcommand_from list" -l tagged -d 'JSON with Tryton\'s tagged values as on the wire ({"__class__": "Decimal", ...}), e.g. to feed them back into call [default: plain JSON: ISO 8601 dates, exact decimal numbers, durations in seconds, bytes base64]'
complete -c tryton-cli -n "__fish_tryton_cli_using_subcommand lang; and __fish_seen_subcommand_from list" -l csv-safe -d 'CSV for spreadsheets: cells starting with = + - @, a tab or a carriage return get a \' in front, so they are not run as formulas (numbers such as -12.50 stay as they are)'
complete -c tryton-cli -n "__fish_tryton_cli_using_subcommand lang; and __fish_seen_subcommand_from list" -l insecure -d 'Do not verify the server\'s TLS certificate (prints a warning); remembered with the session at login'
complete -c tryton-cli -n "__fish_tryton_cli_using_subcommand lang; and __fish_seen_subcommand_from list" -s v -l verbose -d 'Trace requests on stderr (-vv adds bodies); secrets are always redacted'
complete -c tryton-cli -n "__fish_tryton_cli_using_subcommand lang; and __fish_seen_subcommand_from list" -s q -l quiet -d 'Print nothing but results (ping: nothing at all; use the exit code)'
complete -c tryton-cli -n "__fish_tryton_cli_using_subcommand lang; and __fish_seen_subcommand_from list" -s y -l yes -d 'Answer yes to every question of this run: confirmations of deletes and bulk writes, and the server\'s warnings ("do you want to proceed?")'
complete -c tryton-cli -n "__fish_tryton_cli_using_subcommand lang; and __fish_seen_subcommand_from list" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c tryton-cli -n "__fish_tryton_cli_using_subcommand lang; and __fish_seen_subcommand_from list" -s V -l version -d 'Print version'
complete -c tryton-cli -n "__fish_tryton_cli_using_subcommand lang; and __fish_seen_subcommand_from load" -l url -d 'Tryton server URL, e.g. http://127.0.0.1:8000 (also read from TRYTON_RPC_URL)' -r -f
complete -c tryton-cli -n "__fish_tryton_cli_using_subcommand lang; and __fish_seen_subcommand_from load" -s d -l database -d 'Database name' -r -f
complete -c tryton-cli -n "__fish_tryton_cli_using_subcommand lang; and __fish_seen_subcommand_from load" -l timeout -d 'Timeout for connecting, and for each read (search, read, export...): seconds, or a duration such as 500ms or 1m; 0 is no limit [default: 10]' -r -f
complete -c tryton-cli -n "__fish_tryton_cli_using_subcommand lang; and __fish_seen_subcommand_from load" -l write-timeout -d 'Limit on a write (create, write, delete, import, button, wizard, report...) once it is sent: by default none, as the server may still commit a write it was given up on; a write cut short may have been applied. 0 is no limit [default: 0]' -r -f
complete -c tryton-cli -n "__fish_tryton_cli_using_subcommand lang; and __fish_seen_subcommand_from load" -l retries -d 'How often a failed request is sent again when that is safe [default: 3]; a proxy\'s 502 or 503 for a read is retried for up to 30 s instead (0: never)' -r -f
complete -c tryton-cli -n "__fish_tryton_cli_using_subcommand lang; and __fish_seen_subcommand_from load" -s u -l user -d 'Login name (also picks the stored session when several users are logged in)' -r -f
complete -c tryton-cli -n "__fish_tryton_cli_using_subcommand lang; and __fish_seen_subcommand_from load" -l profile -d 'Profile from the config file (~/.config/tryton-cli/config.toml)' -r -f -a '(tryton-cli --generate profile-names 2>/dev/null)'
complete -c tryton-cli -n "__fish_tryton_cli_using_subcommand lang; and __fish_seen_subcommand_from load" -l session-store -d 'Where sessions are kept: the OS keyring, a 0600 file, either (auto), or nowhere [default: auto]' -r -f -a "auto\t'The OS keyring when it answers, else a file'
keyring\t''
file\t''
none\t'Keep nothing: every run logs in'"
complete -c tryton-cli -n "__fish_tryton_cli_using_subcommand lang; and __fish_seen_subcommand_from load" -l password-file -d 'Read the password from the first line of this file (it must not be readable by others)' -r -F
complete -c tryton-cli -n "__fish_tryton_cli_using_subcommand lang; and __fish_seen_subcommand_from load" -l cacert -d 'Trust the certificates in this PEM file (a private CA) instead of the system store; remembered with the session at login' -r -F
complete -c tryton-cli -n "__fish_tryton_cli_using_subcommand lang; and __fish_seen_subcommand_from load" -l max-response-size -d 'Refuse answers larger than this: bytes, or a size such as 512KiB or 10MiB [default: 256MiB]' -r -f
complete -c tryton-cli -n "__fish_tryton_cli_using_subcommand lang; and __fish_seen_subcommand_from load" -l jq -d 'Run this jq program on the JSON output (in-process; no jq needed), as gh\'s --jq: on each record of search, read, models, fields and export (the whole list with -o json), on the result of call (and of a button or wizard), on ping/status/cron --json. Each output is printed on a line of its own, strings raw (as jq -r), anything else as compact JSON. A bad program is exit 3 before anything is sent' -r -f
complete -c tryton-cli -n "__fish_tryton_cli_using_subcommand lang; and __fish_seen_subcommand_from load" -l insecure -d 'Do not verify the server\'s TLS certificate (prints a warning); remembered with the session at login'
complete -c tryton-cli -n "__fish_tryton_cli_using_subcommand lang; and __fish_seen_subcommand_from load" -s v -l verbose -d 'Trace requests on stderr (-vv adds bodies); secrets are always redacted'
complete -c tryton-cli -n "__fish_tryton_cli_using_subcommand lang; and __fish_seen_subcommand_from load" -s q -l quiet -d 'Print nothing but results (ping: nothing at all; use the exit code)'
complete -c tryton-cli -n "__fish_tryton_cli_using_subcommand lang; and __fish_seen_subcommand_from load" -s y -l yes -d 'Answer yes to every question of this run: confirmations of deletes and bulk writes, and the server\'s warnings ("do you want to proceed?")'
complete -c tryton-cli -n "__fish_tryton_cli_using_subcommand lang; and __fish_seen_subcommand_from load" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c tryton-cli -n "__fish_tryton_cli_using_subcommand lang; and __fish_seen_subcommand_from load" -s V -l version -d 'Print version'
complete -c tryton-cli -n "__fish_tryton_cli_using_subcommand lang; and __fish_seen_subcommand_from unload" -l url -d 'Tryton server URL, e.g. http://127.0.0.1:8000 (also read from TRYTON_RPC_URL)' -r -f
complete -c tryton-cli -n "__fish_tryton_cli_using_subcommand lang; and __fish_seen_subcommand_from unload" -s d -l database -d 'Database name' -r -f
complete -c tryton-cli -n "__fish_tryton_cli_using_subcommand lang; and __fish_seen_subcommand_from unload" -l timeout -d 'Timeout for connecting, and for each read (search, read, export...): seconds, or a duration such as 500ms or 1m; 0 is no limit [default: 10]' -r -f
complete -c tryton-cli -n "__fish_tryton_cli_using_subcommand lang; and __fish_seen_subcommand_from unload" -l write-timeout -d 'Limit on a write (create, write, delete, import, button, wizard, report...) once it is sent: by default none, as the server may still commit a write it was given up on; a write cut short may have been applied. 0 is no limit [default: 0]' -r -f
complete -c tryton-cli -n "__fish_tryton_cli_using_subcommand lang; and __fish_seen_subcommand_from unload" -l retries -d 'How often a failed request is sent again when that is safe [default: 3]; a proxy\'s 502 or 503 for a read is retried for up to 30 s instead (0: never)' -r -f
complete -c tryton-cli -n "__fish_tryton_cli_using_subcommand lang; and __fish_seen_subcommand_from unload" -s u -l user -d 'Login name (also picks the stored session when several users are logged in)' -r -f
complete -c tryton-cli -n "__fish_tryton_cli_using_subcommand lang; and __fish_seen_subcommand_from unload" -l profile -d 'Profile from the config file (~/.config/tryton-cli/config.toml)' -r -f -a '(tryton-cli --generate profile-names 2>/dev/null)'
complete -c tryton-cli -n "__fish_tryton_cli_using_subcommand lang; and __fish_seen_subcommand_from unload" -l session-store -d 'Where sessions are kept: the OS keyring, a 0600 file, either (auto), or nowhere [default: auto]' -r -f -a "auto\t'The OS keyring when it answers, else a file'
keyring\t''
file\t''
none\t'Keep nothing: every run logs in'"
complete -c tryton-cli -n "__fish_tryton_cli_using_subcommand lang; and __fish_seen_subcommand_from unload" -l password-file -d 'Read the password from the first line of this file (it must not be readable by others)' -r -F
complete -c tryton-cli -n "__fish_tryton_cli_using_subcommand lang; and __fish_seen_subcommand_from unload" -l cacert -d 'Trust the certificates in this PEM file (a private CA) instead of the system store; remembered with the session at login' -r -F
complete -c tryton-cli -n "__fish_tryton_cli_using_subcommand lang; and __fish_seen_subcommand_from unload" -l max-response-size -d 'Refuse answers larger than this: bytes, or a size such as 512KiB or 10MiB [default: 256MiB]' -r -f
complete -c tryton-cli -n "__fish_tryton_cli_using_subcommand lang; and __fish_seen_subcommand_from unload" -l jq -d 'Run this jq program on the JSON output (in-process; no jq needed), as gh\'s --jq: on each record of search, read, models, fields and export (the whole list with -o json), on the result of call (and of a button or wizard), on ping/status/cron --json. Each output is printed on a line of its own, strings raw (as jq -r), anything else as compact JSON. A bad program is exit 3 before anything is sent' -r -f
complete -c tryton-cli -n "__fish_tryton_cli_using_subcommand lang; and __fish_seen_subcommand_from unload" -l insecure -d 'Do not verify the server\'s TLS certificate (prints a warning); remembered with the session at login'
complete -c tryton-cli -n "__fish_tryton_cli_using_subcommand lang; and __fish_seen_subcommand_from unload" -s v -l verbose -d 'Trace requests on stderr (-vv adds bodies); secrets are always redacted'
complete -c tryton-cli -n "__fish_tryton_cli_using_subcommand lang; and __fish_seen_subcommand_from unload" -s q -l quiet -d 'Print nothing but results (ping: nothing at all; use the exit code)'
complete -c tryton-cli -n "__fish_tryton_cli_using_subcommand lang; and __fish_seen_subcommand_from unload" -s y -l yes -d 'Answer yes to every question of this run: confirmations of deletes and bulk writes, and the server\'s warnings ("do you want to proceed?")'
complete -c tryton-cli -n "__fish_tryton_cli_using_subcommand lang; and __fish_seen_subcommand_from unload" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c tryton-cli -n "__fish_tryton_cli_using_subcommand lang; and __fish_seen_subcommand_from unload" -s V -l version -d 'Print version'
complete -c tryton-cli -n "__fish_tryton_cli_using_subcommand lang; and __fish_seen_subcommand_from help" -f -a "list" -d 'List the languages: code, name, whether translations are loaded, whether active'
complete -c tryton-cli -n "__fish_tryton_cli_using_subcommand lang; and __fish_seen_subcommand_from help" -f -a "load" -d 'Load a language\'s translations of the activated modules'
complete -c tryton-cli -n "__fish_tryton_cli_using_subcommand lang; and __fish_seen_subcommand_from help" -f -a "unload" -d 'Unload a language\'s translations'
complete -c tryton-cli -n "__fish_tryton_cli_using_subcommand lang; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c tryton-cli -n "__fish_tryton_cli_using_subcommand plan" -s o -l output -d 'How the plan is shown' -r -f -a "text\t'Terraform-like lines: + ~ - and a summary'
json\t'One JSON object: the changes, the kept children and the counts'"
complete -c tryton-cli -n "__fish_tryton_cli_using_subcommand plan" -l out -d 'Also save the plan to this file, for \'apply PLANFILE\'' -r -F
complete -c tryton-cli -n "__fish_tryton_cli_using_subcommand plan" -l url -d 'Tryton server URL, e.g. http://127.0.0.1:8000 (also read from TRYTON_RPC_URL)' -r -f
complete -c tryton-cli -n "__fish_tryton_cli_using_subcommand plan" -s d -l database -d 'Database name' -r -f
complete -c tryton-cli -n "__fish_tryton_cli_using_subcommand plan" -l timeout -d 'Timeout for connecting, and for each read (search, read, export...): seconds, or a duration such as 500ms or 1m; 0 is no limit [default: 10]' -r -f
complete -c tryton-cli -n "__fish_tryton_cli_using_subcommand plan" -l write-timeout -d 'Limit on a write (create, write, delete, import, button, wizard, report...) once it is sent: by default none, as the server may still commit a write it was given up on; a write cut short may have been applied. 0 is no limit [default: 0]' -r -f
complete -c tryton-cli -n "__fish_tryton_cli_using_subcommand plan" -l retries -d 'How often a failed request is sent again when that is safe [default: 3]; a proxy\'s 502 or 503 for a read is retried for up to 30 s instead (0: never)' -r -f
complete -c tryton-cli -n "__fish_tryton_cli_using_subcommand plan" -s u -l user -d 'Login name (also picks the stored session when several users are logged in)' -r -f
complete -c tryton-cli -n "__fish_tryton_cli_using_subcommand plan" -l profile -d 'Profile from the config file (~/.config/tryton-cli/config.toml)' -r -f -a '(tryton-cli --generate profile-names 2>/dev/null)'
complete -c tryton-cli -n "__fish_tryton_cli_using_subcommand plan" -l session-store -d 'Where sessions are kept: the OS keyring, a 0600 file, either (auto), or nowhere [default: auto]' -r -f -a "auto\t'The OS keyring when it answers, else a file'
keyring\t''
file\t''
none\t'Keep nothing: every run logs in'"
complete -c tryton-cli -n "__fish_tryton_cli_using_subcommand plan" -l password-file -d 'Read the password from the first line of this file (it must not be readable by others)' -r -F
complete -c tryton-cli -n "__fish_tryton_cli_using_subcommand plan" -l cacert -d 'Trust the certificates in this PEM file (a private CA) instead of the system store; remembered with the session at login' -r -F
complete -c tryton-cli -n "__fish_tryton_cli_using_subcommand plan" -l max-response-size -d 'Refuse answers larger than this: bytes, or a size such as 512KiB or 10MiB [default: 256MiB]' -r -f
complete -c tryton-cli -n "__fish_tryton_cli_using_subcommand plan" -l jq -d 'Run this jq program on the JSON output (in-process; no jq needed), as gh\'s --jq: on each record of search, read, models, fields and export (the whole list with -o json), on the result of call (and of a button or wizard), on ping/status/cron --json. Each output is printed on a line of its own, strings raw (as jq -r), anything else as compact JSON. A bad program is exit 3 before anything is sent' -r -f
complete -c tryton-cli -n "__fish_tryton_cli_using_subcommand plan" -l detailed-exitcode -d 'Exit 5 when there are changes to apply (0 when there are none), as terraform plan'
complete -c tryton-cli -n "__fish_tryton_cli_using_subcommand plan" -l insecure -d 'Do not verify the server\'s TLS certificate (prints a warning); remembered with the session at login'
complete -c tryton-cli -n "__fish_tryton_cli_using_subcommand plan" -s v -l verbose -d 'Trace requests on stderr (-vv adds bodies); secrets are always redacted'
complete -c tryton-cli -n "__fish_tryton_cli_using_subcommand plan" -s q -l quiet -d 'Print nothing but results (ping: nothing at all; use the exit code)'
complete -c tryton-cli -n "__fish_tryton_cli_using_subcommand plan" -s y -l yes -d 'Answer yes to every question of this run: confirmations of deletes and bulk writes, and the server\'s warnings ("do you want to proceed?")'
complete -c tryton-cli -n "__fish_tryton_cli_using_subcommand plan" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c tryton-cli -n "__fish_tryton_cli_using_subcommand plan" -s V -l version -d 'Print version'
complete -c tryton-cli -n "__fish_tryton_cli_using_subcommand apply" -l url -d 'Tryton server URL, e.g. http://127.0.0.1:8000 (also read from TRYTON_RPC_URL)' -r -f
complete -c tryton-cli -n "__fish_tryton_cli_using_subcommand apply" -s d -l database -d 'Database name' -r -f
complete -c tryton-cli -n "__fish_tryton_cli_using_subcommand apply" -l timeout -d 'Timeout for connecting, and for each read (search, read, export...): seconds, or a duration such as 500ms or 1m; 0 is no limit [default: 10]' -r -f
complete -c tryton-cli -n "__fish_tryton_cli_using_subcommand apply" -l write-timeout -d 'Limit on a write (create, write, delete, import, button, wizard, report...) once it is sent: by default none, as the server may still commit a write it was given up on; a write cut short may have been applied. 0 is no limit [default: 0]' -r -f
complete -c tryton-cli -n "__fish_tryton_cli_using_subcommand apply" -l retries -d 'How often a failed request is sent again when that is safe [default: 3]; a proxy\'s 502 or 503 for a read is retried for up to 30 s instead (0: never)' -r -f
complete -c tryton-cli -n "__fish_tryton_cli_using_subcommand apply" -s u -l user -d 'Login name (also picks the stored session when several users are logged in)' -r -f
complete -c tryton-cli -n "__fish_tryton_cli_using_subcommand apply" -l profile -d 'Profile from the config file (~/.config/tryton-cli/config.toml)' -r -f -a '(tryton-cli --generate profile-names 2>/dev/null)'
complete -c tryton-cli -n "__fish_tryton_cli_using_subcommand apply" -l session-store -d 'Where sessions are kept: the OS keyring, a 0600 file, either (auto), or nowhere [default: auto]' -r -f -a "auto\t'The OS keyring when it answers, else a file'
keyring\t''
file\t''
none\t'Keep nothing: every run logs in'"
complete -c tryton-cli -n "__fish_tryton_cli_using_subcommand apply" -l password-file -d 'Read the password from the first line of this file (it must not be readable by others)' -r -F
complete -c tryton-cli -n "__fish_tryton_cli_using_subcommand apply" -l cacert -d 'Trust the certificates in this PEM file (a private CA) instead of the system store; remembered with the session at login' -r -F
complete -c tryton-cli -n "__fish_tryton_cli_using_subcommand apply" -l max-response-size -d 'Refuse answers larger than this: bytes, or a size such as 512KiB or 10MiB [default: 256MiB]' -r -f
complete -c tryton-cli -n "__fish_tryton_cli_using_subcommand apply" -l jq -d 'Run this jq program on the JSON output (in-process; no jq needed), as gh\'s --jq: on each record of search, read, models, fields and export (the whole list with -o json), on the result of call (and of a button or wizard), on ping/status/cron --json. Each output is printed on a line of its own, strings raw (as jq -r), anything else as compact JSON. A bad program is exit 3 before anything is sent' -r -f
complete -c tryton-cli -n "__fish_tryton_cli_using_subcommand apply" -l insecure -d 'Do not verify the server\'s TLS certificate (prints a warning); remembered with the session at login'
complete -c tryton-cli -n "__fish_tryton_cli_using_subcommand apply" -s v -l verbose -d 'Trace requests on stderr (-vv adds bodies); secrets are always redacted'
complete -c tryton-cli -n "__fish_tryton_cli_using_subcommand apply" -s q -l quiet -d 'Print nothing but results (ping: nothing at all; use the exit code)'
complete -c tryton-cli -n "__fish_tryton_cli_using_subcommand apply" -s y -l yes -d 'Answer yes to every question of this run: confirmations of deletes and bulk writes, and the server\'s warnings ("do you want to proceed?")'
complete -c tryton-cli -n "__fish_tryton_cli_using_subcommand apply" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c tryton-cli -n "__fish_tryton_cli_using_subcommand apply" -s V -l version -d 'Print version'
complete -c tryton-cli -n "__fish_tryton_cli_using_subcommand state; and not __fish_seen_subcommand_from export help" -l url -d 'Tryton server URL, e.g. http://127.0.0.1:8000 (also read from TRYTON_RPC_URL)' -r -f
complete -c tryton-cli -n "__fish_tryton_cli_using_subcommand state; and not __fish_seen_subcommand_from export help" -s d -l database -d 'Database name' -r -f
complete -c tryton-cli -n "__fish_tryton_cli_using_subcommand state; and not __fish_seen_subcommand_from export help" -l timeout -d 'Timeout for connecting, and for each read (search, read, export...): seconds, or a duration such as 500ms or 1m; 0 is no limit [default: 10]' -r -f
complete -c tryton-cli -n "__fish_tryton_cli_using_subcommand state; and not __fish_seen_subcommand_from export help" -l write-timeout -d 'Limit on a write (create, write, delete, import, button, wizard, report...) once it is sent: by default none, as the server may still commit a write it was given up on; a write cut short may have been applied. 0 is no limit [default: 0]' -r -f
complete -c tryton-cli -n "__fish_tryton_cli_using_subcommand state; and not __fish_seen_subcommand_from export help" -l retries -d 'How often a failed request is sent again when that is safe [default: 3]; a proxy\'s 502 or 503 for a read is retried for up to 30 s instead (0: never)' -r -f
complete -c tryton-cli -n "__fish_tryton_cli_using_subcommand state; and not __fish_seen_subcommand_from export help" -s u -l user -d 'Login name (also picks the stored session when several users are logged in)' -r -f
complete -c tryton-cli -n "__fish_tryton_cli_using_subcommand state; and not __fish_seen_subcommand_from export help" -l profile -d 'Profile from the config file (~/.config/tryton-cli/config.toml)' -r -f -a '(tryton-cli --generate profile-names 2>/dev/null)'
complete -c tryton-cli -n "__fish_tryton_cli_using_subcommand state; and not __fish_seen_subcommand_from export help" -l session-store -d 'Where sessions are kept: the OS keyring, a 0600 file, either (auto), or nowhere [default: auto]' -r -f -a "auto\t'The OS keyring when it answers, else a file'
keyring\t''
file\t''
none\t'Keep nothing: every run logs in'"
complete -c tryton-cli -n "__fish_tryton_cli_using_subcommand state; and not __fish_seen_subcommand_from export help" -l password-file -d 'Read the password from the first line of this file (it must not be readable by others)' -r -F
complete -c tryton-cli -n "__fish_tryton_cli_using_subcommand state; and not __fish_seen_subcommand_from export help" -l cacert -d 'Trust the certificates in this PEM file (a private CA) instead of the system store; remembered with the session at login' -r -F
complete -c tryton-cli -n "__fish_tryton_cli_using_subcommand state; and not __fish_seen_subcommand_from export help" -l max-response-size -d 'Refuse answers larger than this: bytes, or a size such as 512KiB or 10MiB [default: 256MiB]' -r -f
complete -c tryton-cli -n "__fish_tryton_cli_using_subcommand state; and not __fish_seen_subcommand_from export help" -l jq -d 'Run this jq program on the JSON output (in-process; no jq needed), as gh\'s --jq: on each record of search, read, models, fields and export (the whole list with -o json), on the result of call (and of a button or wizard), on ping/status/cron --json. Each output is printed on a line of its own, strings raw (as jq -r), anything else as compact JSON. A bad program is exit 3 before anything is sent' -r -f
complete -c tryton-cli -n "__fish_tryton_cli_using_subcommand state; and not __fish_seen_subcommand_from export help" -l insecure -d 'Do not verify the server\'s TLS certificate (prints a warning); remembered with the session at login'
complete -c tryton-cli -n "__fish_tryton_cli_using_subcommand state; and not __fish_seen_subcommand_from export help" -s v -l verbose -d 'Trace requests on stderr (-vv adds bodies); secrets are always redacted'
complete -c tryton-cli -n "__fish_tryton_cli_using_subcommand state; and not __fish_seen_subcommand_from export help" -s q -l quiet -d 'Print nothing but results (ping: nothing at all; use the exit code)'
complete -c tryton-cli -n "__fish_tryton_cli_using_subcommand state; and not __fish_seen_subcommand_from export help" -s y -l yes -d 'Answer yes to every question of this run: confirmations of deletes and bulk writes, and the server\'s warnings ("do you want to proceed?")'
complete -c tryton-cli -n "__fish_tryton_cli_using_subcommand state; and not __fish_seen_subcommand_from export help" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c tryton-cli -n "__fish_tryton_cli_using_subcommand state; and not __fish_seen_subcommand_from export help" -s V -l version -d 'Print version'
complete -c tryton-cli -n "__fish_tryton_cli_using_subcommand state; and not __fish_seen_subcommand_from export help" -f -a "export" -d 'Write the records of a model as a file that plan/apply read (YAML)'
complete -c tryton-cli -n "__fish_tryton_cli_using_subcommand state; and not __fish_seen_subcommand_from export help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c tryton-cli -n "__fish_tryton_cli_using_subcommand state; and __fish_seen_subcommand_from export" -l where -d 'Only the records this domain matches (short form or JSON, as for search)' -r -f
complete -c tryton-cli -n "__fish_tryton_cli_using_subcommand state; and __fish_seen_subcommand_from export" -s f -l fields -d 'The fields written, comma-separated [default: the model\'s writable fields but one2many, binary and bookkeeping ones]' -r -f
complete -c tryton-cli -n "__fish_tryton_cli_using_subcommand state; and __fish_seen_subcommand_from export" -l children -d 'One2many fields whose records are written inside their parent, keyed there' -r -f
complete -c tryton-cli -n "__fish_tryton_cli_using_subcommand state; and __fish_seen_subcommand_from export" -l key -d 'The natural key, comma-separated [default: the model\'s default key]' -r -f
complete -c tryton-cli -n "__fish_tryton_cli_using_subcommand state; and __fish_seen_subcommand_from export" -l url -d 'Tryton server URL, e.g. http://127.0.0.1:8000 (also read from TRYTON_RPC_URL)' -r -f
complete -c tryton-cli -n "__fish_tryton_cli_using_subcommand state; and __fish_seen_subcommand_from export" -s d -l database -d 'Database name' -r -f
complete -c tryton-cli -n "__fish_tryton_cli_using_subcommand state; and __fish_seen_subcommand_from export" -l timeout -d 'Timeout for connecting, and for each read (search, read, export...): seconds, or a duration such as 500ms or 1m; 0 is no limit [default: 10]' -r -f
complete -c tryton-cli -n "__fish_tryton_cli_using_subcommand state; and __fish_seen_subcommand_from export" -l write-timeout -d 'Limit on a write (create, write, delete, import, button, wizard, report...) once it is sent: by default none, as the server may still commit a write it was given up on; a write cut short may have been applied. 0 is no limit [default: 0]' -r -f
complete -c tryton-cli -n "__fish_tryton_cli_using_subcommand state; and __fish_seen_subcommand_from export" -l retries -d 'How often a failed request is sent again when that is safe [default: 3]; a proxy\'s 502 or 503 for a read is retried for up to 30 s instead (0: never)' -r -f
complete -c tryton-cli -n "__fish_tryton_cli_using_subcommand state; and __fish_seen_subcommand_from export" -s u -l user -d 'Login name (also picks the stored session when several users are logged in)' -r -f
complete -c tryton-cli -n "__fish_tryton_cli_using_subcommand state; and __fish_seen_subcommand_from export" -l profile -d 'Profile from the config file (~/.config/tryton-cli/config.toml)' -r -f -a '(tryton-cli --generate profile-names 2>/dev/null)'
complete -c tryton-cli -n "__fish_tryton_cli_using_subcommand state; and __fish_seen_subcommand_from export" -l session-store -d 'Where sessions are kept: the OS keyring, a 0600 file, either (auto), or nowhere [default: auto]' -r -f -a "auto\t'The OS keyring when it answers, else a file'
keyring\t''
file\t''
none\t'Keep nothing: every run logs in'"
complete -c tryton-cli -n "__fish_tryton_cli_using_subcommand state; and __fish_seen_subcommand_from export" -l password-file -d 'Read the password from the first line of this file (it must not be readable by others)' -r -F
complete -c tryton-cli -n "__fish_tryton_cli_using_subcommand state; and __fish_seen_subcommand_from export" -l cacert -d 'Trust the certificates in this PEM file (a private CA) instead of the system store; remembered with the session at login' -r -F
complete -c tryton-cli -n "__fish_tryton_cli_using_subcommand state; and __fish_seen_subcommand_from export" -l max-response-size -d 'Refuse answers larger than this: bytes, or a size such as 512KiB or 10MiB [default: 256MiB]' -r -f
complete -c tryton-cli -n "__fish_tryton_cli_using_subcommand state; and __fish_seen_subcommand_from export" -l jq -d 'Run this jq program on the JSON output (in-process; no jq needed), as gh\'s --jq: on each record of search, read, models, fields and export (the whole list with -o json), on the result of call (and of a button or wizard), on ping/status/cron --json. Each output is printed on a line of its own, strings raw (as jq -r), anything else as compact JSON. A bad program is exit 3 before anything is sent' -r -f
complete -c tryton-cli -n "__fish_tryton_cli_using_subcommand state; and __fish_seen_subcommand_from export" -l json -d 'Write JSON instead of YAML'
complete -c tryton-cli -n "__fish_tryton_cli_using_subcommand state; and __fish_seen_subcommand_from export" -l insecure -d 'Do not verify the server\'s TLS certificate (prints a warning); remembered with the session at login'
complete -c tryton-cli -n "__fish_tryton_cli_using_subcommand state; and __fish_seen_subcommand_from export" -s v -l verbose -d 'Trace requests on stderr (-vv adds bodies); secrets are always redacted'
complete -c tryton-cli -n "__fish_tryton_cli_using_subcommand state; and __fish_seen_subcommand_from export" -s q -l quiet -d 'Print nothing but results (ping: nothing at all; use the exit code)'
complete -c tryton-cli -n "__fish_tryton_cli_using_subcommand state; and __fish_seen_subcommand_from export" -s y -l yes -d 'Answer yes to every question of this run: confirmations of deletes and bulk writes, and the server\'s warnings ("do you want to proceed?")'
complete -c tryton-cli -n "__fish_tryton_cli_using_subcommand state; and __fish_seen_subcommand_from export" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c tryton-cli -n "__fish_tryton_cli_using_subcommand state; and __fish_seen_subcommand_from export" -s V -l version -d 'Print version'
complete -c tryton-cli -n "__fish_tryton_cli_using_subcommand state; and __fish_seen_subcommand_from help" -f -a "export" -d 'Write the records of a model as a file that plan/apply read (YAML)'
complete -c tryton-cli -n "__fish_tryton_cli_using_subcommand state; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c tryton-cli -n "__fish_tryton_cli_using_subcommand diff" -l from -d 'The profile (config file) whose records are the reference' -r
complete -c tryton-cli -n "__fish_tryton_cli_using_subcommand diff" -l to -d 'The profile (config file) compared with it' -r
complete -c tryton-cli -n "__fish_tryton_cli_using_subcommand diff" -s o -l output -d 'How the plan is shown' -r -f -a "text\t'Terraform-like lines: + ~ - and a summary'
json\t'One JSON object: the changes, the kept children and the counts'"
complete -c tryton-cli -n "__fish_tryton_cli_using_subcommand diff" -l url -d 'Tryton server URL, e.g. http://127.0.0.1:8000 (also read from TRYTON_RPC_URL)' -r -f
complete -c tryton-cli -n "__fish_tryton_cli_using_subcommand diff" -s d -l database -d 'Database name' -r -f
complete -c tryton-cli -n "__fish_tryton_cli_using_subcommand diff" -l timeout -d 'Timeout for connecting, and for each read (search, read, export...): seconds, or a duration such as 500ms or 1m; 0 is no limit [default: 10]' -r -f
complete -c tryton-cli -n "__fish_tryton_cli_using_subcommand diff" -l write-timeout -d 'Limit on a write (create, write, delete, import, button, wizard, report...) once it is sent: by default none, as the server may still commit a write it was given up on; a write cut short may have been applied. 0 is no limit [default: 0]' -r -f
complete -c tryton-cli -n "__fish_tryton_cli_using_subcommand diff" -l retries -d 'How often a failed request is sent again when that is safe [default: 3]; a proxy\'s 502 or 503 for a read is retried for up to 30 s instead (0: never)' -r -f
complete -c tryton-cli -n "__fish_tryton_cli_using_subcommand diff" -s u -l user -d 'Login name (also picks the stored session when several users are logged in)' -r -f
complete -c tryton-cli -n "__fish_tryton_cli_using_subcommand diff" -l profile -d 'Profile from the config file (~/.config/tryton-cli/config.toml)' -r -f -a '(tryton-cli --generate profile-names 2>/dev/null)'
complete -c tryton-cli -n "__fish_tryton_cli_using_subcommand diff" -l session-store -d 'Where sessions are kept: the OS keyring, a 0600 file, either (auto), or nowhere [default: auto]' -r -f -a "auto\t'The OS keyring when it answers, else a file'
keyring\t''
file\t''
none\t'Keep nothing: every run logs in'"
complete -c tryton-cli -n "__fish_tryton_cli_using_subcommand diff" -l password-file -d 'Read the password from the first line of this file (it must not be readable by others)' -r -F
complete -c tryton-cli -n "__fish_tryton_cli_using_subcommand diff" -l cacert -d 'Trust the certificates in this PEM file (a private CA) instead of the system store; remembered with the session at login' -r -F
complete -c tryton-cli -n "__fish_tryton_cli_using_subcommand diff" -l max-response-size -d 'Refuse answers larger than this: bytes, or a size such as 512KiB or 10MiB [default: 256MiB]' -r -f
complete -c tryton-cli -n "__fish_tryton_cli_using_subcommand diff" -l jq -d 'Run this jq program on the JSON output (in-process; no jq needed), as gh\'s --jq: on each record of search, read, models, fields and export (the whole list with -o json), on the result of call (and of a button or wizard), on ping/status/cron --json. Each output is printed on a line of its own, strings raw (as jq -r), anything else as compact JSON. A bad program is exit 3 before anything is sent' -r -f
complete -c tryton-cli -n "__fish_tryton_cli_using_subcommand diff" -l insecure -d 'Do not verify the server\'s TLS certificate (prints a warning); remembered with the session at login'
complete -c tryton-cli -n "__fish_tryton_cli_using_subcommand diff" -s v -l verbose -d 'Trace requests on stderr (-vv adds bodies); secrets are always redacted'
complete -c tryton-cli -n "__fish_tryton_cli_using_subcommand diff" -s q -l quiet -d 'Print nothing but results (ping: nothing at all; use the exit code)'
complete -c tryton-cli -n "__fish_tryton_cli_using_subcommand diff" -s y -l yes -d 'Answer yes to every question of this run: confirmations of deletes and bulk writes, and the server\'s warnings ("do you want to proceed?")'
complete -c tryton-cli -n "__fish_tryton_cli_using_subcommand diff" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c tryton-cli -n "__fish_tryton_cli_using_subcommand diff" -s V -l version -d 'Print version'
complete -c tryton-cli -n "__fish_tryton_cli_using_subcommand sync" -l from -d 'The profile (config file) whose records are the reference' -r
complete -c tryton-cli -n "__fish_tryton_cli_using_subcommand sync" -l to -d 'The profile (config file) compared with it' -r
complete -c tryton-cli -n "__fish_tryton_cli_using_subcommand sync" -s o -l output -d 'How the plan is shown' -r -f -a "text\t'Terraform-like lines: + ~ - and a summary'
json\t'One JSON object: the changes, the kept children and the counts'"
complete -c tryton-cli -n "__fish_tryton_cli_using_subcommand sync" -l url -d 'Tryton server URL, e.g. http://127.0.0.1:8000 (also read from TRYTON_RPC_URL)' -r -f
complete -c tryton-cli -n "__fish_tryton_cli_using_subcommand sync" -s d -l database -d 'Database name' -r -f
complete -c tryton-cli -n "__fish_tryton_cli_using_subcommand sync" -l timeout -d 'Timeout for connecting, and for each read (search, read, export...): seconds, or a duration such as 500ms or 1m; 0 is no limit [default: 10]' -r -f
complete -c tryton-cli -n "__fish_tryton_cli_using_subcommand sync" -l write-timeout -d 'Limit on a write (create, write, delete, import, button, wizard, report...) once it is sent: by default none, as the server may still commit a write it was given up on; a write cut short may have been applied. 0 is no limit [default: 0]' -r -f
complete -c tryton-cli -n "__fish_tryton_cli_using_subcommand sync" -l retries -d 'How often a failed request is sent again when that is safe [default: 3]; a proxy\'s 502 or 503 for a read is retried for up to 30 s instead (0: never)' -r -f
complete -c tryton-cli -n "__fish_tryton_cli_using_subcommand sync" -s u -l user -d 'Login name (also picks the stored session when several users are logged in)' -r -f
complete -c tryton-cli -n "__fish_tryton_cli_using_subcommand sync" -l profile -d 'Profile from the config file (~/.config/tryton-cli/config.toml)' -r -f -a '(tryton-cli --generate profile-names 2>/dev/null)'
complete -c tryton-cli -n "__fish_tryton_cli_using_subcommand sync" -l session-store -d 'Where sessions are kept: the OS keyring, a 0600 file, either (auto), or nowhere [default: auto]' -r -f -a "auto\t'The OS keyring when it answers, else a file'
keyring\t''
file\t''
none\t'Keep nothing: every run logs in'"
complete -c tryton-cli -n "__fish_tryton_cli_using_subcommand sync" -l password-file -d 'Read the password from the first line of this file (it must not be readable by others)' -r -F
complete -c tryton-cli -n "__fish_tryton_cli_using_subcommand sync" -l cacert -d 'Trust the certificates in this PEM file (a private CA) instead of the system store; remembered with the session at login' -r -F
complete -c tryton-cli -n "__fish_tryton_cli_using_subcommand sync" -l max-response-size -d 'Refuse answers larger than this: bytes, or a size such as 512KiB or 10MiB [default: 256MiB]' -r -f
complete -c tryton-cli -n "__fish_tryton_cli_using_subcommand sync" -l jq -d 'Run this jq program on the JSON output (in-process; no jq needed), as gh\'s --jq: on each record of search, read, models, fields and export (the whole list with -o json), on the result of call (and of a button or wizard), on ping/status/cron --json. Each output is printed on a line of its own, strings raw (as jq -r), anything else as compact JSON. A bad program is exit 3 before anything is sent' -r -f
complete -c tryton-cli -n "__fish_tryton_cli_using_subcommand sync" -l insecure -d 'Do not verify the server\'s TLS certificate (prints a warning); remembered with the session at login'
complete -c tryton-cli -n "__fish_tryton_cli_using_subcommand sync" -s v -l verbose -d 'Trace requests on stderr (-vv adds bodies); secrets are always redacted'
complete -c tryton-cli -n "__fish_tryton_cli_using_subcommand sync" -s q -l quiet -d 'Print nothing but results (ping: nothing at all; use the exit code)'
complete -c tryton-cli -n "__fish_tryton_cli_using_subcommand sync" -s y -l yes -d 'Answer yes to every question of this run: confirmations of deletes and bulk writes, and the server\'s warnings ("do you want to proceed?")'
complete -c tryton-cli -n "__fish_tryton_cli_using_subcommand sync" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c tryton-cli -n "__fish_tryton_cli_using_subcommand sync" -s V -l version -d 'Print version'
complete -c tryton-cli -n "__fish_tryton_cli_using_subcommand help; and not __fish_seen_subcommand_from ping health login logout status switch call search read models fields export import create write delete report wizard button cron wait module user lang plan apply state diff sync help" -f -a "ping" -d 'Check that the server answers JSON-RPC (exit codes for scripts and CI)'
complete -c tryton-cli -n "__fish_tryton_cli_using_subcommand help; and not __fish_seen_subcommand_from ping health login logout status switch call search read models fields export import create write delete report wizard button cron wait module user lang plan apply state diff sync help" -f -a "health" -d 'Check many servers at once for monitoring: a table, JSON, Prometheus or Nagios'
complete -c tryton-cli -n "__fish_tryton_cli_using_subcommand help; and not __fish_seen_subcommand_from ping health login logout status switch call search read models fields export import create write delete report wizard button cron wait module user lang plan apply state diff sync help" -f -a "login" -d 'Log in and keep the session for later commands'
complete -c tryton-cli -n "__fish_tryton_cli_using_subcommand help; and not __fish_seen_subcommand_from ping health login logout status switch call search read models fields export import create write delete report wizard button cron wait module user lang plan apply state diff sync help" -f -a "logout" -d 'Log out: end the session on the server and forget it here'
complete -c tryton-cli -n "__fish_tryton_cli_using_subcommand help; and not __fish_seen_subcommand_from ping health login logout status switch call search read models fields export import create write delete report wizard button cron wait module user lang plan apply state diff sync help" -f -a "status" -d 'Show the stored sessions and whether the server still accepts them'
complete -c tryton-cli -n "__fish_tryton_cli_using_subcommand help; and not __fish_seen_subcommand_from ping health login logout status switch call search read models fields export import create write delete report wizard button cron wait module user lang plan apply state diff sync help" -f -a "switch" -d 'Make another stored session the current one (used when no --url, -d or -u is given)'
complete -c tryton-cli -n "__fish_tryton_cli_using_subcommand help; and not __fish_seen_subcommand_from ping health login logout status switch call search read models fields export import create write delete report wizard button cron wait module user lang plan apply state diff sync help" -f -a "call" -d 'Call any RPC method with JSON arguments'
complete -c tryton-cli -n "__fish_tryton_cli_using_subcommand help; and not __fish_seen_subcommand_from ping health login logout status switch call search read models fields export import create write delete report wizard button cron wait module user lang plan apply state diff sync help" -f -a "search" -d 'Query a model: domain, fields, order and limit, shown as a table, JSON, NDJSON or CSV'
complete -c tryton-cli -n "__fish_tryton_cli_using_subcommand help; and not __fish_seen_subcommand_from ping health login logout status switch call search read models fields export import create write delete report wizard button cron wait module user lang plan apply state diff sync help" -f -a "read" -d 'Read records by id'
complete -c tryton-cli -n "__fish_tryton_cli_using_subcommand help; and not __fish_seen_subcommand_from ping health login logout status switch call search read models fields export import create write delete report wizard button cron wait module user lang plan apply state diff sync help" -f -a "models" -d 'List the models (ir.model), optionally those whose name contains PATTERN'
complete -c tryton-cli -n "__fish_tryton_cli_using_subcommand help; and not __fish_seen_subcommand_from ping health login logout status switch call search read models fields export import create write delete report wizard button cron wait module user lang plan apply state diff sync help" -f -a "fields" -d 'Show a model\'s fields: name, type, label, relation, required, readonly'
complete -c tryton-cli -n "__fish_tryton_cli_using_subcommand help; and not __fish_seen_subcommand_from ping health login logout status switch call search read models fields export import create write delete report wizard button cron wait module user lang plan apply state diff sync help" -f -a "export" -d 'Export records with Tryton\'s export_data: CSV as the desktop client writes it'
complete -c tryton-cli -n "__fish_tryton_cli_using_subcommand help; and not __fish_seen_subcommand_from ping health login logout status switch call search read models fields export import create write delete report wizard button cron wait module user lang plan apply state diff sync help" -f -a "import" -d 'Import a CSV file with Tryton\'s import_data, in batches of records'
complete -c tryton-cli -n "__fish_tryton_cli_using_subcommand help; and not __fish_seen_subcommand_from ping health login logout status switch call search read models fields export import create write delete report wizard button cron wait module user lang plan apply state diff sync help" -f -a "create" -d 'Create records from NDJSON or a JSON array; prints the new ids'
complete -c tryton-cli -n "__fish_tryton_cli_using_subcommand help; and not __fish_seen_subcommand_from ping health login logout status switch call search read models fields export import create write delete report wizard button cron wait module user lang plan apply state diff sync help" -f -a "write" -d 'Write values to records by id or by domain (--where asks first)'
complete -c tryton-cli -n "__fish_tryton_cli_using_subcommand help; and not __fish_seen_subcommand_from ping health login logout status switch call search read models fields export import create write delete report wizard button cron wait module user lang plan apply state diff sync help" -f -a "delete" -d 'Delete records by id or by domain (asks first; --yes without a terminal)'
complete -c tryton-cli -n "__fish_tryton_cli_using_subcommand help; and not __fish_seen_subcommand_from ping health login logout status switch call search read models fields export import create write delete report wizard button cron wait module user lang plan apply state diff sync help" -f -a "report" -d 'Run a report and write the document it makes (ODT, PDF, a zip of several) to a file'
complete -c tryton-cli -n "__fish_tryton_cli_using_subcommand help; and not __fish_seen_subcommand_from ping health login logout status switch call search read models fields export import create write delete report wizard button cron wait module user lang plan apply state diff sync help" -f -a "wizard" -d 'Run a wizard on records: its views filled from --data, its buttons pressed with --state'
complete -c tryton-cli -n "__fish_tryton_cli_using_subcommand help; and not __fish_seen_subcommand_from ping health login logout status switch call search read models fields export import create write delete report wizard button cron wait module user lang plan apply state diff sync help" -f -a "button" -d 'Press a button of records of a model (e.g. a cron\'s "Run once")'
complete -c tryton-cli -n "__fish_tryton_cli_using_subcommand help; and not __fish_seen_subcommand_from ping health login logout status switch call search read models fields export import create write delete report wizard button cron wait module user lang plan apply state diff sync help" -f -a "cron" -d 'List the scheduled actions (ir.cron), or check that none is late (--check)'
complete -c tryton-cli -n "__fish_tryton_cli_using_subcommand help; and not __fish_seen_subcommand_from ping health login logout status switch call search read models fields export import create write delete report wizard button cron wait module user lang plan apply state diff sync help" -f -a "wait" -d 'Wait until the records a domain matches meet a condition (--for), as kubectl wait'
complete -c tryton-cli -n "__fish_tryton_cli_using_subcommand help; and not __fish_seen_subcommand_from ping health login logout status switch call search read models fields export import create write delete report wizard button cron wait module user lang plan apply state diff sync help" -f -a "module" -d 'Activate, upgrade or deactivate modules, with a plan before every change'
complete -c tryton-cli -n "__fish_tryton_cli_using_subcommand help; and not __fish_seen_subcommand_from ping health login logout status switch call search read models fields export import create write delete report wizard button cron wait module user lang plan apply state diff sync help" -f -a "user" -d 'List and add users, set passwords, disable or enable logins, change groups'
complete -c tryton-cli -n "__fish_tryton_cli_using_subcommand help; and not __fish_seen_subcommand_from ping health login logout status switch call search read models fields export import create write delete report wizard button cron wait module user lang plan apply state diff sync help" -f -a "lang" -d 'List languages, load or unload their translations'
complete -c tryton-cli -n "__fish_tryton_cli_using_subcommand help; and not __fish_seen_subcommand_from ping health login logout status switch call search read models fields export import create write delete report wizard button cron wait module user lang plan apply state diff sync help" -f -a "plan" -d 'Show what apply would change to make the server match a file of declared records'
complete -c tryton-cli -n "__fish_tryton_cli_using_subcommand help; and not __fish_seen_subcommand_from ping health login logout status switch call search read models fields export import create write delete report wizard button cron wait module user lang plan apply state diff sync help" -f -a "apply" -d 'Make the server match a file of declared records (or a saved plan), plan first'
complete -c tryton-cli -n "__fish_tryton_cli_using_subcommand help; and not __fish_seen_subcommand_from ping health login logout status switch call search read models fields export import create write delete report wizard button cron wait module user lang plan apply state diff sync help" -f -a "state" -d 'Write existing records as a file that plan and apply read'
complete -c tryton-cli -n "__fish_tryton_cli_using_subcommand help; and not __fish_seen_subcommand_from ping health login logout status switch call search read models fields export import create write delete report wizard button cron wait module user lang plan apply state diff sync help" -f -a "diff" -d 'Compare the records of two databases or servers (exit 5 when they differ)'
complete -c tryton-cli -n "__fish_tryton_cli_using_subcommand help; and not __fish_seen_subcommand_from ping health login logout status switch call search read models fields export import create write delete report wizard button cron wait module user lang plan apply state diff sync help" -f -a "sync" -d 'Make one database match another for the records of a file or of models'
complete -c tryton-cli -n "__fish_tryton_cli_using_subcommand help; and not __fish_seen_subcommand_from ping health login logout status switch call search read models fields export import create write delete report wizard button cron wait module user lang plan apply state diff sync help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c tryton-cli -n "__fish_tryton_cli_using_subcommand help; and __fish_seen_subcommand_from module" -f -a "list" -d 'List the modules: name, state, version and what each depends on'
complete -c tryton-cli -n "__fish_tryton_cli_using_subcommand help; and __fish_seen_subcommand_from module" -f -a "activate" -d 'Activate modules (and the modules they depend on)'
complete -c tryton-cli -n "__fish_tryton_cli_using_subcommand help; and __fish_seen_subcommand_from module" -f -a "upgrade" -d 'Upgrade activated modules (and the activated modules that depend on them)'
complete -c tryton-cli -n "__fish_tryton_cli_using_subcommand help; and __fish_seen_subcommand_from module" -f -a "deactivate" -d 'Deactivate modules (refused while an activated module depends on them)'
complete -c tryton-cli -n "__fish_tryton_cli_using_subcommand help; and __fish_seen_subcommand_from module" -f -a "cancel" -d 'Cancel a pending operation (modules left "to activate", "to upgrade" or "to remove")'
complete -c tryton-cli -n "__fish_tryton_cli_using_subcommand help; and __fish_seen_subcommand_from user" -f -a "list" -d 'List the users: login, name, email, active, groups'
complete -c tryton-cli -n "__fish_tryton_cli_using_subcommand help; and __fish_seen_subcommand_from user" -f -a "add" -d 'Create a user'
complete -c tryton-cli -n "__fish_tryton_cli_using_subcommand help; and __fish_seen_subcommand_from user" -f -a "passwd" -d 'Set a user\'s password (yours too: the session is renewed with it)'
complete -c tryton-cli -n "__fish_tryton_cli_using_subcommand help; and __fish_seen_subcommand_from user" -f -a "disable" -d 'Disable a user: the login is refused from then on, its sessions end (asks first)'
complete -c tryton-cli -n "__fish_tryton_cli_using_subcommand help; and __fish_seen_subcommand_from user" -f -a "enable" -d 'Enable a disabled user'
complete -c tryton-cli -n "__fish_tryton_cli_using_subcommand help; and __fish_seen_subcommand_from user" -f -a "groups" -d 'Show a user\'s groups, or change them with --add and --remove'
complete -c tryton-cli -n "__fish_tryton_cli_using_subcommand help; and __fish_seen_subcommand_from lang" -f -a "list" -d 'List the languages: code, name, whether translations are loaded, whether active'
complete -c tryton-cli -n "__fish_tryton_cli_using_subcommand help; and __fish_seen_subcommand_from lang" -f -a "load" -d 'Load a language\'s translations of the activated modules'
complete -c tryton-cli -n "__fish_tryton_cli_using_subcommand help; and __fish_seen_subcommand_from lang" -f -a "unload" -d 'Unload a language\'s translations'
complete -c tryton-cli -n "__fish_tryton_cli_using_subcommand help; and __fish_seen_subcommand_from state" -f -a "export" -d 'Write the records of a model as a file that plan/apply read (YAML)'
