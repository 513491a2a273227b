
using namespace System.Management.Automation
using namespace System.Management.Automation.Language

Register-ArgumentCompleter -Native -CommandName 'tryton-cli' -ScriptBlock {
    param($wordToComplete, $commandAst, $cursorPosition)

    $commandElements = $commandAst.CommandElements
    $command = @(
        'tryton-cli'
        for ($i = 1; $i -lt $commandElements.Count; $i++) {
            $element = $commandElements[$i]
            if ($element -isnot [StringConstantExpressionAst] -or
                $element.StringConstantType -ne [StringConstantType]::BareWord -or
                $element.Value.StartsWith('-') -or
                $element.Value -eq $wordToComplete) {
                break
        }
        $element.Value
    }) -join ';'

    $completions = @(switch ($command) {
        'tryton-cli' {
            [CompletionResult]::new('--url', '--url', [CompletionResultType]::ParameterName, 'Tryton server URL, e.g. http://127.0.0.1:8000 (also read from TRYTON_RPC_URL)')
            [CompletionResult]::new('-d', '-d', [CompletionResultType]::ParameterName, 'Database name')
            [CompletionResult]::new('--database', '--database', [CompletionResultType]::ParameterName, 'Database name')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Timeout for connecting, and for each read (search, read, export...): seconds, or a duration such as 500ms or 1m; 0 is no limit [default: 10]')
            [CompletionResult]::new('--write-timeout', '--write-timeout', [CompletionResultType]::ParameterName, 'Limit on a write (create, write, delete, import, button, wizard, report...) once it is sent: by default none, as the server may still commit a write it was given up on; a write cut short may have been applied. 0 is no limit [default: 0]')
            [CompletionResult]::new('--retries', '--retries', [CompletionResultType]::ParameterName, 'How often a failed request is sent again when that is safe [default: 3]; a proxy''s 502 or 503 for a read is retried for up to 30 s instead (0: never)')
            [CompletionResult]::new('-u', '-u', [CompletionResultType]::ParameterName, 'Login name (also picks the stored session when several users are logged in)')
            [CompletionResult]::new('--user', '--user', [CompletionResultType]::ParameterName, 'Login name (also picks the stored session when several users are logged in)')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile from the config file (~/.config/tryton-cli/config.toml)')
            [CompletionResult]::new('--session-store', '--session-store', [CompletionResultType]::ParameterName, 'Where sessions are kept: the OS keyring, a 0600 file, either (auto), or nowhere [default: auto]')
            [CompletionResult]::new('--password-file', '--password-file', [CompletionResultType]::ParameterName, 'Read the password from the first line of this file (it must not be readable by others)')
            [CompletionResult]::new('--cacert', '--cacert', [CompletionResultType]::ParameterName, 'Trust the certificates in this PEM file (a private CA) instead of the system store; remembered with the session at login')
            [CompletionResult]::new('--max-response-size', '--max-response-size', [CompletionResultType]::ParameterName, 'Refuse answers larger than this: bytes, or a size such as 512KiB or 10MiB [default: 256MiB]')
            [CompletionResult]::new('--jq', '--jq', [CompletionResultType]::ParameterName, 'Run this jq program on the JSON output (in-process; no jq needed), as gh''s --jq: on each record of search, read, models, fields and export (the whole list with -o json), on the result of call (and of a button or wizard), on ping/status/cron --json. Each output is printed on a line of its own, strings raw (as jq -r), anything else as compact JSON. A bad program is exit 3 before anything is sent')
            [CompletionResult]::new('--insecure', '--insecure', [CompletionResultType]::ParameterName, 'Do not verify the server''s TLS certificate (prints a warning); remembered with the session at login')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Trace requests on stderr (-vv adds bodies); secrets are always redacted')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Trace requests on stderr (-vv adds bodies); secrets are always redacted')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print nothing but results (ping: nothing at all; use the exit code)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print nothing but results (ping: nothing at all; use the exit code)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to every question of this run: confirmations of deletes and bulk writes, and the server''s warnings ("do you want to proceed?")')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to every question of this run: confirmations of deletes and bulk writes, and the server''s warnings ("do you want to proceed?")')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('ping', 'ping', [CompletionResultType]::ParameterValue, 'Check that the server answers JSON-RPC (exit codes for scripts and CI)')
            [CompletionResult]::new('health', 'health', [CompletionResultType]::ParameterValue, 'Check many servers at once for monitoring: a table, JSON, Prometheus or Nagios')
            [CompletionResult]::new('login', 'login', [CompletionResultType]::ParameterValue, 'Log in and keep the session for later commands')
            [CompletionResult]::new('logout', 'logout', [CompletionResultType]::ParameterValue, 'Log out: end the session on the server and forget it here')
            [CompletionResult]::new('status', 'status', [CompletionResultType]::ParameterValue, 'Show the stored sessions and whether the server still accepts them')
            [CompletionResult]::new('switch', 'switch', [CompletionResultType]::ParameterValue, 'Make another stored session the current one (used when no --url, -d or -u is given)')
            [CompletionResult]::new('call', 'call', [CompletionResultType]::ParameterValue, 'Call any RPC method with JSON arguments')
            [CompletionResult]::new('search', 'search', [CompletionResultType]::ParameterValue, 'Query a model: domain, fields, order and limit, shown as a table, JSON, NDJSON or CSV')
            [CompletionResult]::new('read', 'read', [CompletionResultType]::ParameterValue, 'Read records by id')
            [CompletionResult]::new('models', 'models', [CompletionResultType]::ParameterValue, 'List the models (ir.model), optionally those whose name contains PATTERN')
            [CompletionResult]::new('fields', 'fields', [CompletionResultType]::ParameterValue, 'Show a model''s fields: name, type, label, relation, required, readonly')
            [CompletionResult]::new('export', 'export', [CompletionResultType]::ParameterValue, 'Export records with Tryton''s export_data: CSV as the desktop client writes it')
            [CompletionResult]::new('import', 'import', [CompletionResultType]::ParameterValue, 'Import a CSV file with Tryton''s import_data, in batches of records')
            [CompletionResult]::new('create', 'create', [CompletionResultType]::ParameterValue, 'Create records from NDJSON or a JSON array; prints the new ids')
            [CompletionResult]::new('write', 'write', [CompletionResultType]::ParameterValue, 'Write values to records by id or by domain (--where asks first)')
            [CompletionResult]::new('delete', 'delete', [CompletionResultType]::ParameterValue, 'Delete records by id or by domain (asks first; --yes without a terminal)')
            [CompletionResult]::new('report', 'report', [CompletionResultType]::ParameterValue, 'Run a report and write the document it makes (ODT, PDF, a zip of several) to a file')
            [CompletionResult]::new('wizard', 'wizard', [CompletionResultType]::ParameterValue, 'Run a wizard on records: its views filled from --data, its buttons pressed with --state')
            [CompletionResult]::new('button', 'button', [CompletionResultType]::ParameterValue, 'Press a button of records of a model (e.g. a cron''s "Run once")')
            [CompletionResult]::new('cron', 'cron', [CompletionResultType]::ParameterValue, 'List the scheduled actions (ir.cron), or check that none is late (--check)')
            [CompletionResult]::new('wait', 'wait', [CompletionResultType]::ParameterValue, 'Wait until the records a domain matches meet a condition (--for), as kubectl wait')
            [CompletionResult]::new('module', 'module', [CompletionResultType]::ParameterValue, 'Activate, upgrade or deactivate modules, with a plan before every change')
            [CompletionResult]::new('user', 'user', [CompletionResultType]::ParameterValue, 'List and add users, set passwords, disable or enable logins, change groups')
            [CompletionResult]::new('lang', 'lang', [CompletionResultType]::ParameterValue, 'List languages, load or unload their translations')
            [CompletionResult]::new('plan', 'plan', [CompletionResultType]::ParameterValue, 'Show what apply would change to make the server match a file of declared records')
            [CompletionResult]::new('apply', 'apply', [CompletionResultType]::ParameterValue, 'Make the server match a file of declared records (or a saved plan), plan first')
            [CompletionResult]::new('state', 'state', [CompletionResultType]::ParameterValue, 'Write existing records as a file that plan and apply read')
            [CompletionResult]::new('diff', 'diff', [CompletionResultType]::ParameterValue, 'Compare the records of two databases or servers (exit 5 when they differ)')
            [CompletionResult]::new('sync', 'sync', [CompletionResultType]::ParameterValue, 'Make one database match another for the records of a file or of models')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'tryton-cli;ping' {
            [CompletionResult]::new('--wait', '--wait', [CompletionResultType]::ParameterName, 'Keep trying until the server answers or this much time has passed (e.g. 30s, 2m)')
            [CompletionResult]::new('--count', '--count', [CompletionResultType]::ParameterName, 'Ping this many times, one line each')
            [CompletionResult]::new('--interval', '--interval', [CompletionResultType]::ParameterName, 'Time between two pings with --count')
            [CompletionResult]::new('--url', '--url', [CompletionResultType]::ParameterName, 'Tryton server URL, e.g. http://127.0.0.1:8000 (also read from TRYTON_RPC_URL)')
            [CompletionResult]::new('-d', '-d', [CompletionResultType]::ParameterName, 'Database name')
            [CompletionResult]::new('--database', '--database', [CompletionResultType]::ParameterName, 'Database name')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Timeout for connecting, and for each read (search, read, export...): seconds, or a duration such as 500ms or 1m; 0 is no limit [default: 10]')
            [CompletionResult]::new('--write-timeout', '--write-timeout', [CompletionResultType]::ParameterName, 'Limit on a write (create, write, delete, import, button, wizard, report...) once it is sent: by default none, as the server may still commit a write it was given up on; a write cut short may have been applied. 0 is no limit [default: 0]')
            [CompletionResult]::new('--retries', '--retries', [CompletionResultType]::ParameterName, 'How often a failed request is sent again when that is safe [default: 3]; a proxy''s 502 or 503 for a read is retried for up to 30 s instead (0: never)')
            [CompletionResult]::new('-u', '-u', [CompletionResultType]::ParameterName, 'Login name (also picks the stored session when several users are logged in)')
            [CompletionResult]::new('--user', '--user', [CompletionResultType]::ParameterName, 'Login name (also picks the stored session when several users are logged in)')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile from the config file (~/.config/tryton-cli/config.toml)')
            [CompletionResult]::new('--session-store', '--session-store', [CompletionResultType]::ParameterName, 'Where sessions are kept: the OS keyring, a 0600 file, either (auto), or nowhere [default: auto]')
            [CompletionResult]::new('--password-file', '--password-file', [CompletionResultType]::ParameterName, 'Read the password from the first line of this file (it must not be readable by others)')
            [CompletionResult]::new('--cacert', '--cacert', [CompletionResultType]::ParameterName, 'Trust the certificates in this PEM file (a private CA) instead of the system store; remembered with the session at login')
            [CompletionResult]::new('--max-response-size', '--max-response-size', [CompletionResultType]::ParameterName, 'Refuse answers larger than this: bytes, or a size such as 512KiB or 10MiB [default: 256MiB]')
            [CompletionResult]::new('--jq', '--jq', [CompletionResultType]::ParameterName, 'Run this jq program on the JSON output (in-process; no jq needed), as gh''s --jq: on each record of search, read, models, fields and export (the whole list with -o json), on the result of call (and of a button or wizard), on ping/status/cron --json. Each output is printed on a line of its own, strings raw (as jq -r), anything else as compact JSON. A bad program is exit 3 before anything is sent')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print one JSON object instead of a line of text')
            [CompletionResult]::new('--insecure', '--insecure', [CompletionResultType]::ParameterName, 'Do not verify the server''s TLS certificate (prints a warning); remembered with the session at login')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Trace requests on stderr (-vv adds bodies); secrets are always redacted')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Trace requests on stderr (-vv adds bodies); secrets are always redacted')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print nothing but results (ping: nothing at all; use the exit code)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print nothing but results (ping: nothing at all; use the exit code)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to every question of this run: confirmations of deletes and bulk writes, and the server''s warnings ("do you want to proceed?")')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to every question of this run: confirmations of deletes and bulk writes, and the server''s warnings ("do you want to proceed?")')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'tryton-cli;health' {
            [CompletionResult]::new('--targets', '--targets', [CompletionResultType]::ParameterName, 'Read targets from this file: one a line, a URL (optionally followed by a database name) or a profile name; blank lines and lines starting with # are skipped')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format: a table, one JSON object per target, Prometheus text exposition format, or one Nagios plugin line (with the Nagios exit codes)')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format: a table, one JSON object per target, Prometheus text exposition format, or one Nagios plugin line (with the Nagios exit codes)')
            [CompletionResult]::new('--output-file', '--output-file', [CompletionResultType]::ParameterName, 'Write the output to this file instead of stdout (-o prometheus or -o json): written to a temporary file beside it, then renamed, so that node_exporter''s textfile collector never reads half a file')
            [CompletionResult]::new('--late', '--late', [CompletionResultType]::ParameterName, 'How far in the past an active cron job''s next call may be before the job counts as late (as cron --check)')
            [CompletionResult]::new('--max-errors', '--max-errors', [CompletionResultType]::ParameterName, 'How many open ir.error records (failed cron runs and queue tasks) a healthy server may have')
            [CompletionResult]::new('--parallel', '--parallel', [CompletionResultType]::ParameterName, 'How many targets are checked at once')
            [CompletionResult]::new('--url', '--url', [CompletionResultType]::ParameterName, 'Tryton server URL, e.g. http://127.0.0.1:8000 (also read from TRYTON_RPC_URL)')
            [CompletionResult]::new('-d', '-d', [CompletionResultType]::ParameterName, 'Database name')
            [CompletionResult]::new('--database', '--database', [CompletionResultType]::ParameterName, 'Database name')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Timeout for connecting, and for each read (search, read, export...): seconds, or a duration such as 500ms or 1m; 0 is no limit [default: 10]')
            [CompletionResult]::new('--write-timeout', '--write-timeout', [CompletionResultType]::ParameterName, 'Limit on a write (create, write, delete, import, button, wizard, report...) once it is sent: by default none, as the server may still commit a write it was given up on; a write cut short may have been applied. 0 is no limit [default: 0]')
            [CompletionResult]::new('--retries', '--retries', [CompletionResultType]::ParameterName, 'How often a failed request is sent again when that is safe [default: 3]; a proxy''s 502 or 503 for a read is retried for up to 30 s instead (0: never)')
            [CompletionResult]::new('-u', '-u', [CompletionResultType]::ParameterName, 'Login name (also picks the stored session when several users are logged in)')
            [CompletionResult]::new('--user', '--user', [CompletionResultType]::ParameterName, 'Login name (also picks the stored session when several users are logged in)')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile from the config file (~/.config/tryton-cli/config.toml)')
            [CompletionResult]::new('--session-store', '--session-store', [CompletionResultType]::ParameterName, 'Where sessions are kept: the OS keyring, a 0600 file, either (auto), or nowhere [default: auto]')
            [CompletionResult]::new('--password-file', '--password-file', [CompletionResultType]::ParameterName, 'Read the password from the first line of this file (it must not be readable by others)')
            [CompletionResult]::new('--cacert', '--cacert', [CompletionResultType]::ParameterName, 'Trust the certificates in this PEM file (a private CA) instead of the system store; remembered with the session at login')
            [CompletionResult]::new('--max-response-size', '--max-response-size', [CompletionResultType]::ParameterName, 'Refuse answers larger than this: bytes, or a size such as 512KiB or 10MiB [default: 256MiB]')
            [CompletionResult]::new('--jq', '--jq', [CompletionResultType]::ParameterName, 'Run this jq program on the JSON output (in-process; no jq needed), as gh''s --jq: on each record of search, read, models, fields and export (the whole list with -o json), on the result of call (and of a button or wizard), on ping/status/cron --json. Each output is printed on a line of its own, strings raw (as jq -r), anything else as compact JSON. A bad program is exit 3 before anything is sent')
            [CompletionResult]::new('--all-profiles', '--all-profiles', [CompletionResultType]::ParameterName, 'Check every profile of the config file')
            [CompletionResult]::new('--insecure', '--insecure', [CompletionResultType]::ParameterName, 'Do not verify the server''s TLS certificate (prints a warning); remembered with the session at login')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Trace requests on stderr (-vv adds bodies); secrets are always redacted')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Trace requests on stderr (-vv adds bodies); secrets are always redacted')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print nothing but results (ping: nothing at all; use the exit code)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print nothing but results (ping: nothing at all; use the exit code)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to every question of this run: confirmations of deletes and bulk writes, and the server''s warnings ("do you want to proceed?")')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to every question of this run: confirmations of deletes and bulk writes, and the server''s warnings ("do you want to proceed?")')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'tryton-cli;login' {
            [CompletionResult]::new('--login-param', '--login-param', [CompletionResultType]::ParameterName, 'Answer a further login factor the server asks for, e.g. sms_code=123456 (repeatable). Kept out of the command line with NAME=- (read from standard input: asked without echo on a terminal, else the next line, after the password''s with --password-stdin) or NAME=@FILE (the first line of a file only its owner can read, e.g. @/dev/fd/3)')
            [CompletionResult]::new('--save-profile', '--save-profile', [CompletionResultType]::ParameterName, 'Save the URL, database and user as this profile in the config file')
            [CompletionResult]::new('--url', '--url', [CompletionResultType]::ParameterName, 'Tryton server URL, e.g. http://127.0.0.1:8000 (also read from TRYTON_RPC_URL)')
            [CompletionResult]::new('-d', '-d', [CompletionResultType]::ParameterName, 'Database name')
            [CompletionResult]::new('--database', '--database', [CompletionResultType]::ParameterName, 'Database name')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Timeout for connecting, and for each read (search, read, export...): seconds, or a duration such as 500ms or 1m; 0 is no limit [default: 10]')
            [CompletionResult]::new('--write-timeout', '--write-timeout', [CompletionResultType]::ParameterName, 'Limit on a write (create, write, delete, import, button, wizard, report...) once it is sent: by default none, as the server may still commit a write it was given up on; a write cut short may have been applied. 0 is no limit [default: 0]')
            [CompletionResult]::new('--retries', '--retries', [CompletionResultType]::ParameterName, 'How often a failed request is sent again when that is safe [default: 3]; a proxy''s 502 or 503 for a read is retried for up to 30 s instead (0: never)')
            [CompletionResult]::new('-u', '-u', [CompletionResultType]::ParameterName, 'Login name (also picks the stored session when several users are logged in)')
            [CompletionResult]::new('--user', '--user', [CompletionResultType]::ParameterName, 'Login name (also picks the stored session when several users are logged in)')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile from the config file (~/.config/tryton-cli/config.toml)')
            [CompletionResult]::new('--session-store', '--session-store', [CompletionResultType]::ParameterName, 'Where sessions are kept: the OS keyring, a 0600 file, either (auto), or nowhere [default: auto]')
            [CompletionResult]::new('--password-file', '--password-file', [CompletionResultType]::ParameterName, 'Read the password from the first line of this file (it must not be readable by others)')
            [CompletionResult]::new('--cacert', '--cacert', [CompletionResultType]::ParameterName, 'Trust the certificates in this PEM file (a private CA) instead of the system store; remembered with the session at login')
            [CompletionResult]::new('--max-response-size', '--max-response-size', [CompletionResultType]::ParameterName, 'Refuse answers larger than this: bytes, or a size such as 512KiB or 10MiB [default: 256MiB]')
            [CompletionResult]::new('--jq', '--jq', [CompletionResultType]::ParameterName, 'Run this jq program on the JSON output (in-process; no jq needed), as gh''s --jq: on each record of search, read, models, fields and export (the whole list with -o json), on the result of call (and of a button or wizard), on ping/status/cron --json. Each output is printed on a line of its own, strings raw (as jq -r), anything else as compact JSON. A bad program is exit 3 before anything is sent')
            [CompletionResult]::new('--password-stdin', '--password-stdin', [CompletionResultType]::ParameterName, 'Read the password from the first line of standard input')
            [CompletionResult]::new('--insecure', '--insecure', [CompletionResultType]::ParameterName, 'Do not verify the server''s TLS certificate (prints a warning); remembered with the session at login')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Trace requests on stderr (-vv adds bodies); secrets are always redacted')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Trace requests on stderr (-vv adds bodies); secrets are always redacted')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print nothing but results (ping: nothing at all; use the exit code)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print nothing but results (ping: nothing at all; use the exit code)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to every question of this run: confirmations of deletes and bulk writes, and the server''s warnings ("do you want to proceed?")')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to every question of this run: confirmations of deletes and bulk writes, and the server''s warnings ("do you want to proceed?")')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'tryton-cli;logout' {
            [CompletionResult]::new('--url', '--url', [CompletionResultType]::ParameterName, 'Tryton server URL, e.g. http://127.0.0.1:8000 (also read from TRYTON_RPC_URL)')
            [CompletionResult]::new('-d', '-d', [CompletionResultType]::ParameterName, 'Database name')
            [CompletionResult]::new('--database', '--database', [CompletionResultType]::ParameterName, 'Database name')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Timeout for connecting, and for each read (search, read, export...): seconds, or a duration such as 500ms or 1m; 0 is no limit [default: 10]')
            [CompletionResult]::new('--write-timeout', '--write-timeout', [CompletionResultType]::ParameterName, 'Limit on a write (create, write, delete, import, button, wizard, report...) once it is sent: by default none, as the server may still commit a write it was given up on; a write cut short may have been applied. 0 is no limit [default: 0]')
            [CompletionResult]::new('--retries', '--retries', [CompletionResultType]::ParameterName, 'How often a failed request is sent again when that is safe [default: 3]; a proxy''s 502 or 503 for a read is retried for up to 30 s instead (0: never)')
            [CompletionResult]::new('-u', '-u', [CompletionResultType]::ParameterName, 'Login name (also picks the stored session when several users are logged in)')
            [CompletionResult]::new('--user', '--user', [CompletionResultType]::ParameterName, 'Login name (also picks the stored session when several users are logged in)')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile from the config file (~/.config/tryton-cli/config.toml)')
            [CompletionResult]::new('--session-store', '--session-store', [CompletionResultType]::ParameterName, 'Where sessions are kept: the OS keyring, a 0600 file, either (auto), or nowhere [default: auto]')
            [CompletionResult]::new('--password-file', '--password-file', [CompletionResultType]::ParameterName, 'Read the password from the first line of this file (it must not be readable by others)')
            [CompletionResult]::new('--cacert', '--cacert', [CompletionResultType]::ParameterName, 'Trust the certificates in this PEM file (a private CA) instead of the system store; remembered with the session at login')
            [CompletionResult]::new('--max-response-size', '--max-response-size', [CompletionResultType]::ParameterName, 'Refuse answers larger than this: bytes, or a size such as 512KiB or 10MiB [default: 256MiB]')
            [CompletionResult]::new('--jq', '--jq', [CompletionResultType]::ParameterName, 'Run this jq program on the JSON output (in-process; no jq needed), as gh''s --jq: on each record of search, read, models, fields and export (the whole list with -o json), on the result of call (and of a button or wizard), on ping/status/cron --json. Each output is printed on a line of its own, strings raw (as jq -r), anything else as compact JSON. A bad program is exit 3 before anything is sent')
            [CompletionResult]::new('--all', '--all', [CompletionResultType]::ParameterName, 'Forget every stored session (each is also ended on its server, where it answers)')
            [CompletionResult]::new('--insecure', '--insecure', [CompletionResultType]::ParameterName, 'Do not verify the server''s TLS certificate (prints a warning); remembered with the session at login')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Trace requests on stderr (-vv adds bodies); secrets are always redacted')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Trace requests on stderr (-vv adds bodies); secrets are always redacted')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print nothing but results (ping: nothing at all; use the exit code)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print nothing but results (ping: nothing at all; use the exit code)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to every question of this run: confirmations of deletes and bulk writes, and the server''s warnings ("do you want to proceed?")')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to every question of this run: confirmations of deletes and bulk writes, and the server''s warnings ("do you want to proceed?")')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'tryton-cli;status' {
            [CompletionResult]::new('--watch', '--watch', [CompletionResultType]::ParameterName, 'Run again every DURATION until Ctrl-C (exit 0): redrawn on a terminal (as the watch command); each result after a ''--- <UTC time>'' line when piped')
            [CompletionResult]::new('--url', '--url', [CompletionResultType]::ParameterName, 'Tryton server URL, e.g. http://127.0.0.1:8000 (also read from TRYTON_RPC_URL)')
            [CompletionResult]::new('-d', '-d', [CompletionResultType]::ParameterName, 'Database name')
            [CompletionResult]::new('--database', '--database', [CompletionResultType]::ParameterName, 'Database name')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Timeout for connecting, and for each read (search, read, export...): seconds, or a duration such as 500ms or 1m; 0 is no limit [default: 10]')
            [CompletionResult]::new('--write-timeout', '--write-timeout', [CompletionResultType]::ParameterName, 'Limit on a write (create, write, delete, import, button, wizard, report...) once it is sent: by default none, as the server may still commit a write it was given up on; a write cut short may have been applied. 0 is no limit [default: 0]')
            [CompletionResult]::new('--retries', '--retries', [CompletionResultType]::ParameterName, 'How often a failed request is sent again when that is safe [default: 3]; a proxy''s 502 or 503 for a read is retried for up to 30 s instead (0: never)')
            [CompletionResult]::new('-u', '-u', [CompletionResultType]::ParameterName, 'Login name (also picks the stored session when several users are logged in)')
            [CompletionResult]::new('--user', '--user', [CompletionResultType]::ParameterName, 'Login name (also picks the stored session when several users are logged in)')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile from the config file (~/.config/tryton-cli/config.toml)')
            [CompletionResult]::new('--session-store', '--session-store', [CompletionResultType]::ParameterName, 'Where sessions are kept: the OS keyring, a 0600 file, either (auto), or nowhere [default: auto]')
            [CompletionResult]::new('--password-file', '--password-file', [CompletionResultType]::ParameterName, 'Read the password from the first line of this file (it must not be readable by others)')
            [CompletionResult]::new('--cacert', '--cacert', [CompletionResultType]::ParameterName, 'Trust the certificates in this PEM file (a private CA) instead of the system store; remembered with the session at login')
            [CompletionResult]::new('--max-response-size', '--max-response-size', [CompletionResultType]::ParameterName, 'Refuse answers larger than this: bytes, or a size such as 512KiB or 10MiB [default: 256MiB]')
            [CompletionResult]::new('--jq', '--jq', [CompletionResultType]::ParameterName, 'Run this jq program on the JSON output (in-process; no jq needed), as gh''s --jq: on each record of search, read, models, fields and export (the whole list with -o json), on the result of call (and of a button or wizard), on ping/status/cron --json. Each output is printed on a line of its own, strings raw (as jq -r), anything else as compact JSON. A bad program is exit 3 before anything is sent')
            [CompletionResult]::new('--offline', '--offline', [CompletionResultType]::ParameterName, 'Do not ask the server whether the session is still valid')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print JSON instead of text')
            [CompletionResult]::new('--insecure', '--insecure', [CompletionResultType]::ParameterName, 'Do not verify the server''s TLS certificate (prints a warning); remembered with the session at login')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Trace requests on stderr (-vv adds bodies); secrets are always redacted')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Trace requests on stderr (-vv adds bodies); secrets are always redacted')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print nothing but results (ping: nothing at all; use the exit code)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print nothing but results (ping: nothing at all; use the exit code)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to every question of this run: confirmations of deletes and bulk writes, and the server''s warnings ("do you want to proceed?")')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to every question of this run: confirmations of deletes and bulk writes, and the server''s warnings ("do you want to proceed?")')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'tryton-cli;switch' {
            [CompletionResult]::new('--url', '--url', [CompletionResultType]::ParameterName, 'Tryton server URL, e.g. http://127.0.0.1:8000 (also read from TRYTON_RPC_URL)')
            [CompletionResult]::new('-d', '-d', [CompletionResultType]::ParameterName, 'Database name')
            [CompletionResult]::new('--database', '--database', [CompletionResultType]::ParameterName, 'Database name')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Timeout for connecting, and for each read (search, read, export...): seconds, or a duration such as 500ms or 1m; 0 is no limit [default: 10]')
            [CompletionResult]::new('--write-timeout', '--write-timeout', [CompletionResultType]::ParameterName, 'Limit on a write (create, write, delete, import, button, wizard, report...) once it is sent: by default none, as the server may still commit a write it was given up on; a write cut short may have been applied. 0 is no limit [default: 0]')
            [CompletionResult]::new('--retries', '--retries', [CompletionResultType]::ParameterName, 'How often a failed request is sent again when that is safe [default: 3]; a proxy''s 502 or 503 for a read is retried for up to 30 s instead (0: never)')
            [CompletionResult]::new('-u', '-u', [CompletionResultType]::ParameterName, 'Login name (also picks the stored session when several users are logged in)')
            [CompletionResult]::new('--user', '--user', [CompletionResultType]::ParameterName, 'Login name (also picks the stored session when several users are logged in)')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile from the config file (~/.config/tryton-cli/config.toml)')
            [CompletionResult]::new('--session-store', '--session-store', [CompletionResultType]::ParameterName, 'Where sessions are kept: the OS keyring, a 0600 file, either (auto), or nowhere [default: auto]')
            [CompletionResult]::new('--password-file', '--password-file', [CompletionResultType]::ParameterName, 'Read the password from the first line of this file (it must not be readable by others)')
            [CompletionResult]::new('--cacert', '--cacert', [CompletionResultType]::ParameterName, 'Trust the certificates in this PEM file (a private CA) instead of the system store; remembered with the session at login')
            [CompletionResult]::new('--max-response-size', '--max-response-size', [CompletionResultType]::ParameterName, 'Refuse answers larger than this: bytes, or a size such as 512KiB or 10MiB [default: 256MiB]')
            [CompletionResult]::new('--jq', '--jq', [CompletionResultType]::ParameterName, 'Run this jq program on the JSON output (in-process; no jq needed), as gh''s --jq: on each record of search, read, models, fields and export (the whole list with -o json), on the result of call (and of a button or wizard), on ping/status/cron --json. Each output is printed on a line of its own, strings raw (as jq -r), anything else as compact JSON. A bad program is exit 3 before anything is sent')
            [CompletionResult]::new('--insecure', '--insecure', [CompletionResultType]::ParameterName, 'Do not verify the server''s TLS certificate (prints a warning); remembered with the session at login')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Trace requests on stderr (-vv adds bodies); secrets are always redacted')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Trace requests on stderr (-vv adds bodies); secrets are always redacted')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print nothing but results (ping: nothing at all; use the exit code)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print nothing but results (ping: nothing at all; use the exit code)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to every question of this run: confirmations of deletes and bulk writes, and the server''s warnings ("do you want to proceed?")')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to every question of this run: confirmations of deletes and bulk writes, and the server''s warnings ("do you want to proceed?")')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'tryton-cli;call' {
            [CompletionResult]::new('--params', '--params', [CompletionResultType]::ParameterName, 'The whole params array as JSON, or - to read it from standard input (instead of ARGs)')
            [CompletionResult]::new('--context', '--context', [CompletionResultType]::ParameterName, 'JSON object merged over the user''s context (model, wizard and report methods)')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format: json (the default), or a table or vertical blocks for a list of records')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format: json (the default), or a table or vertical blocks for a list of records')
            [CompletionResult]::new('--cache', '--cache', [CompletionResultType]::ParameterName, 'Answer from a local cache of read results younger than this (e.g. 5m); fill it otherwise')
            [CompletionResult]::new('--watch', '--watch', [CompletionResultType]::ParameterName, 'Run again every DURATION until Ctrl-C (exit 0): redrawn on a terminal (as the watch command); each result after a ''--- <UTC time>'' line when piped')
            [CompletionResult]::new('--url', '--url', [CompletionResultType]::ParameterName, 'Tryton server URL, e.g. http://127.0.0.1:8000 (also read from TRYTON_RPC_URL)')
            [CompletionResult]::new('-d', '-d', [CompletionResultType]::ParameterName, 'Database name')
            [CompletionResult]::new('--database', '--database', [CompletionResultType]::ParameterName, 'Database name')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Timeout for connecting, and for each read (search, read, export...): seconds, or a duration such as 500ms or 1m; 0 is no limit [default: 10]')
            [CompletionResult]::new('--write-timeout', '--write-timeout', [CompletionResultType]::ParameterName, 'Limit on a write (create, write, delete, import, button, wizard, report...) once it is sent: by default none, as the server may still commit a write it was given up on; a write cut short may have been applied. 0 is no limit [default: 0]')
            [CompletionResult]::new('--retries', '--retries', [CompletionResultType]::ParameterName, 'How often a failed request is sent again when that is safe [default: 3]; a proxy''s 502 or 503 for a read is retried for up to 30 s instead (0: never)')
            [CompletionResult]::new('-u', '-u', [CompletionResultType]::ParameterName, 'Login name (also picks the stored session when several users are logged in)')
            [CompletionResult]::new('--user', '--user', [CompletionResultType]::ParameterName, 'Login name (also picks the stored session when several users are logged in)')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile from the config file (~/.config/tryton-cli/config.toml)')
            [CompletionResult]::new('--session-store', '--session-store', [CompletionResultType]::ParameterName, 'Where sessions are kept: the OS keyring, a 0600 file, either (auto), or nowhere [default: auto]')
            [CompletionResult]::new('--password-file', '--password-file', [CompletionResultType]::ParameterName, 'Read the password from the first line of this file (it must not be readable by others)')
            [CompletionResult]::new('--cacert', '--cacert', [CompletionResultType]::ParameterName, 'Trust the certificates in this PEM file (a private CA) instead of the system store; remembered with the session at login')
            [CompletionResult]::new('--max-response-size', '--max-response-size', [CompletionResultType]::ParameterName, 'Refuse answers larger than this: bytes, or a size such as 512KiB or 10MiB [default: 256MiB]')
            [CompletionResult]::new('--jq', '--jq', [CompletionResultType]::ParameterName, 'Run this jq program on the JSON output (in-process; no jq needed), as gh''s --jq: on each record of search, read, models, fields and export (the whole list with -o json), on the result of call (and of a button or wizard), on ping/status/cron --json. Each output is printed on a line of its own, strings raw (as jq -r), anything else as compact JSON. A bad program is exit 3 before anything is sent')
            [CompletionResult]::new('--no-context', '--no-context', [CompletionResultType]::ParameterName, 'Send the params exactly as given, without appending the context')
            [CompletionResult]::new('--plain', '--plain', [CompletionResultType]::ParameterName, 'Plain JSON: Tryton''s tagged values as ISO 8601 dates, exact decimal numbers, durations in seconds and base64 bytes [default: as on the wire, {"__class__": ...}]')
            [CompletionResult]::new('--compact', '--compact', [CompletionResultType]::ParameterName, 'Compact JSON even on a terminal')
            [CompletionResult]::new('--pretty', '--pretty', [CompletionResultType]::ParameterName, 'Indented JSON even when piped')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Print the JSON-RPC request and an equivalent curl command (session redacted); send nothing')
            [CompletionResult]::new('--retry-writes', '--retry-writes', [CompletionResultType]::ParameterName, 'The method is idempotent: re-send it after a failure even if it may have reached the server')
            [CompletionResult]::new('--refresh', '--refresh', [CompletionResultType]::ParameterName, 'With --cache: ask the server anyway and renew the cached result')
            [CompletionResult]::new('--insecure', '--insecure', [CompletionResultType]::ParameterName, 'Do not verify the server''s TLS certificate (prints a warning); remembered with the session at login')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Trace requests on stderr (-vv adds bodies); secrets are always redacted')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Trace requests on stderr (-vv adds bodies); secrets are always redacted')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print nothing but results (ping: nothing at all; use the exit code)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print nothing but results (ping: nothing at all; use the exit code)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to every question of this run: confirmations of deletes and bulk writes, and the server''s warnings ("do you want to proceed?")')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to every question of this run: confirmations of deletes and bulk writes, and the server''s warnings ("do you want to proceed?")')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'tryton-cli;search' {
            [CompletionResult]::new('-f', '-f', [CompletionResultType]::ParameterName, 'Fields to read, comma-separated; dotted names follow relations (party.rec_name, addresses.city) [default: id,rec_name]')
            [CompletionResult]::new('--fields', '--fields', [CompletionResultType]::ParameterName, 'Fields to read, comma-separated; dotted names follow relations (party.rec_name, addresses.city) [default: id,rec_name]')
            [CompletionResult]::new('--order', '--order', [CompletionResultType]::ParameterName, 'Sort order, e.g. ''name'' or ''create_date desc,id'' [default: the model''s own order]')
            [CompletionResult]::new('-l', '-l', [CompletionResultType]::ParameterName, 'At most this many records [default: 100 on a terminal, all when piped]')
            [CompletionResult]::new('--limit', '--limit', [CompletionResultType]::ParameterName, 'At most this many records [default: 100 on a terminal, all when piped]')
            [CompletionResult]::new('--offset', '--offset', [CompletionResultType]::ParameterName, 'Skip this many records first')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format [default: table on a terminal, ndjson when piped]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format [default: table on a terminal, ndjson when piped]')
            [CompletionResult]::new('--batch-size', '--batch-size', [CompletionResultType]::ParameterName, 'Records per request when paging through large results')
            [CompletionResult]::new('--context', '--context', [CompletionResultType]::ParameterName, 'JSON object merged over the user''s context, e.g. ''{"language": "fr"}''')
            [CompletionResult]::new('--cache', '--cache', [CompletionResultType]::ParameterName, 'Answer from a local cache of read results younger than this (e.g. 5m); fill it otherwise')
            [CompletionResult]::new('--watch', '--watch', [CompletionResultType]::ParameterName, 'Run again every DURATION until Ctrl-C (exit 0): redrawn on a terminal (as the watch command); each result after a ''--- <UTC time>'' line when piped')
            [CompletionResult]::new('--url', '--url', [CompletionResultType]::ParameterName, 'Tryton server URL, e.g. http://127.0.0.1:8000 (also read from TRYTON_RPC_URL)')
            [CompletionResult]::new('-d', '-d', [CompletionResultType]::ParameterName, 'Database name')
            [CompletionResult]::new('--database', '--database', [CompletionResultType]::ParameterName, 'Database name')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Timeout for connecting, and for each read (search, read, export...): seconds, or a duration such as 500ms or 1m; 0 is no limit [default: 10]')
            [CompletionResult]::new('--write-timeout', '--write-timeout', [CompletionResultType]::ParameterName, 'Limit on a write (create, write, delete, import, button, wizard, report...) once it is sent: by default none, as the server may still commit a write it was given up on; a write cut short may have been applied. 0 is no limit [default: 0]')
            [CompletionResult]::new('--retries', '--retries', [CompletionResultType]::ParameterName, 'How often a failed request is sent again when that is safe [default: 3]; a proxy''s 502 or 503 for a read is retried for up to 30 s instead (0: never)')
            [CompletionResult]::new('-u', '-u', [CompletionResultType]::ParameterName, 'Login name (also picks the stored session when several users are logged in)')
            [CompletionResult]::new('--user', '--user', [CompletionResultType]::ParameterName, 'Login name (also picks the stored session when several users are logged in)')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile from the config file (~/.config/tryton-cli/config.toml)')
            [CompletionResult]::new('--session-store', '--session-store', [CompletionResultType]::ParameterName, 'Where sessions are kept: the OS keyring, a 0600 file, either (auto), or nowhere [default: auto]')
            [CompletionResult]::new('--password-file', '--password-file', [CompletionResultType]::ParameterName, 'Read the password from the first line of this file (it must not be readable by others)')
            [CompletionResult]::new('--cacert', '--cacert', [CompletionResultType]::ParameterName, 'Trust the certificates in this PEM file (a private CA) instead of the system store; remembered with the session at login')
            [CompletionResult]::new('--max-response-size', '--max-response-size', [CompletionResultType]::ParameterName, 'Refuse answers larger than this: bytes, or a size such as 512KiB or 10MiB [default: 256MiB]')
            [CompletionResult]::new('--jq', '--jq', [CompletionResultType]::ParameterName, 'Run this jq program on the JSON output (in-process; no jq needed), as gh''s --jq: on each record of search, read, models, fields and export (the whole list with -o json), on the result of call (and of a button or wizard), on ping/status/cron --json. Each output is printed on a line of its own, strings raw (as jq -r), anything else as compact JSON. A bad program is exit 3 before anything is sent')
            [CompletionResult]::new('--count', '--count', [CompletionResultType]::ParameterName, 'Print only how many records match (those after --offset, if given): a bare number, or {"count": N} with -o json')
            [CompletionResult]::new('--pretty', '--pretty', [CompletionResultType]::ParameterName, 'Indented JSON for -o json')
            [CompletionResult]::new('--tagged', '--tagged', [CompletionResultType]::ParameterName, 'JSON with Tryton''s tagged values as on the wire ({"__class__": "Decimal", ...}), e.g. to feed them back into call [default: plain JSON: ISO 8601 dates, exact decimal numbers, durations in seconds, bytes base64]')
            [CompletionResult]::new('--csv-safe', '--csv-safe', [CompletionResultType]::ParameterName, 'CSV for spreadsheets: cells starting with = + - @, a tab or a carriage return get a '' in front, so they are not run as formulas (numbers such as -12.50 stay as they are)')
            [CompletionResult]::new('--all', '--all', [CompletionResultType]::ParameterName, 'Everything, also on a terminal (no cap of 100 rows)')
            [CompletionResult]::new('--refresh', '--refresh', [CompletionResultType]::ParameterName, 'With --cache: ask the server anyway and renew the cached result')
            [CompletionResult]::new('--insecure', '--insecure', [CompletionResultType]::ParameterName, 'Do not verify the server''s TLS certificate (prints a warning); remembered with the session at login')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Trace requests on stderr (-vv adds bodies); secrets are always redacted')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Trace requests on stderr (-vv adds bodies); secrets are always redacted')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print nothing but results (ping: nothing at all; use the exit code)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print nothing but results (ping: nothing at all; use the exit code)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to every question of this run: confirmations of deletes and bulk writes, and the server''s warnings ("do you want to proceed?")')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to every question of this run: confirmations of deletes and bulk writes, and the server''s warnings ("do you want to proceed?")')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'tryton-cli;read' {
            [CompletionResult]::new('-f', '-f', [CompletionResultType]::ParameterName, 'Fields to read, comma-separated; dotted names follow relations (party.rec_name, addresses.city) [default: id,rec_name]')
            [CompletionResult]::new('--fields', '--fields', [CompletionResultType]::ParameterName, 'Fields to read, comma-separated; dotted names follow relations (party.rec_name, addresses.city) [default: id,rec_name]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format [default: table on a terminal, ndjson when piped]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format [default: table on a terminal, ndjson when piped]')
            [CompletionResult]::new('--cache', '--cache', [CompletionResultType]::ParameterName, 'Answer from a local cache of read results younger than this (e.g. 5m); fill it otherwise')
            [CompletionResult]::new('--url', '--url', [CompletionResultType]::ParameterName, 'Tryton server URL, e.g. http://127.0.0.1:8000 (also read from TRYTON_RPC_URL)')
            [CompletionResult]::new('-d', '-d', [CompletionResultType]::ParameterName, 'Database name')
            [CompletionResult]::new('--database', '--database', [CompletionResultType]::ParameterName, 'Database name')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Timeout for connecting, and for each read (search, read, export...): seconds, or a duration such as 500ms or 1m; 0 is no limit [default: 10]')
            [CompletionResult]::new('--write-timeout', '--write-timeout', [CompletionResultType]::ParameterName, 'Limit on a write (create, write, delete, import, button, wizard, report...) once it is sent: by default none, as the server may still commit a write it was given up on; a write cut short may have been applied. 0 is no limit [default: 0]')
            [CompletionResult]::new('--retries', '--retries', [CompletionResultType]::ParameterName, 'How often a failed request is sent again when that is safe [default: 3]; a proxy''s 502 or 503 for a read is retried for up to 30 s instead (0: never)')
            [CompletionResult]::new('-u', '-u', [CompletionResultType]::ParameterName, 'Login name (also picks the stored session when several users are logged in)')
            [CompletionResult]::new('--user', '--user', [CompletionResultType]::ParameterName, 'Login name (also picks the stored session when several users are logged in)')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile from the config file (~/.config/tryton-cli/config.toml)')
            [CompletionResult]::new('--session-store', '--session-store', [CompletionResultType]::ParameterName, 'Where sessions are kept: the OS keyring, a 0600 file, either (auto), or nowhere [default: auto]')
            [CompletionResult]::new('--password-file', '--password-file', [CompletionResultType]::ParameterName, 'Read the password from the first line of this file (it must not be readable by others)')
            [CompletionResult]::new('--cacert', '--cacert', [CompletionResultType]::ParameterName, 'Trust the certificates in this PEM file (a private CA) instead of the system store; remembered with the session at login')
            [CompletionResult]::new('--max-response-size', '--max-response-size', [CompletionResultType]::ParameterName, 'Refuse answers larger than this: bytes, or a size such as 512KiB or 10MiB [default: 256MiB]')
            [CompletionResult]::new('--jq', '--jq', [CompletionResultType]::ParameterName, 'Run this jq program on the JSON output (in-process; no jq needed), as gh''s --jq: on each record of search, read, models, fields and export (the whole list with -o json), on the result of call (and of a button or wizard), on ping/status/cron --json. Each output is printed on a line of its own, strings raw (as jq -r), anything else as compact JSON. A bad program is exit 3 before anything is sent')
            [CompletionResult]::new('--pretty', '--pretty', [CompletionResultType]::ParameterName, 'Indented JSON for -o json')
            [CompletionResult]::new('--tagged', '--tagged', [CompletionResultType]::ParameterName, 'JSON with Tryton''s tagged values as on the wire ({"__class__": "Decimal", ...}), e.g. to feed them back into call [default: plain JSON: ISO 8601 dates, exact decimal numbers, durations in seconds, bytes base64]')
            [CompletionResult]::new('--csv-safe', '--csv-safe', [CompletionResultType]::ParameterName, 'CSV for spreadsheets: cells starting with = + - @, a tab or a carriage return get a '' in front, so they are not run as formulas (numbers such as -12.50 stay as they are)')
            [CompletionResult]::new('--refresh', '--refresh', [CompletionResultType]::ParameterName, 'With --cache: ask the server anyway and renew the cached result')
            [CompletionResult]::new('--insecure', '--insecure', [CompletionResultType]::ParameterName, 'Do not verify the server''s TLS certificate (prints a warning); remembered with the session at login')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Trace requests on stderr (-vv adds bodies); secrets are always redacted')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Trace requests on stderr (-vv adds bodies); secrets are always redacted')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print nothing but results (ping: nothing at all; use the exit code)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print nothing but results (ping: nothing at all; use the exit code)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to every question of this run: confirmations of deletes and bulk writes, and the server''s warnings ("do you want to proceed?")')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to every question of this run: confirmations of deletes and bulk writes, and the server''s warnings ("do you want to proceed?")')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'tryton-cli;models' {
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format [default: table on a terminal, ndjson when piped]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format [default: table on a terminal, ndjson when piped]')
            [CompletionResult]::new('--cache', '--cache', [CompletionResultType]::ParameterName, 'Answer from a local cache of read results younger than this (e.g. 5m); fill it otherwise')
            [CompletionResult]::new('--url', '--url', [CompletionResultType]::ParameterName, 'Tryton server URL, e.g. http://127.0.0.1:8000 (also read from TRYTON_RPC_URL)')
            [CompletionResult]::new('-d', '-d', [CompletionResultType]::ParameterName, 'Database name')
            [CompletionResult]::new('--database', '--database', [CompletionResultType]::ParameterName, 'Database name')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Timeout for connecting, and for each read (search, read, export...): seconds, or a duration such as 500ms or 1m; 0 is no limit [default: 10]')
            [CompletionResult]::new('--write-timeout', '--write-timeout', [CompletionResultType]::ParameterName, 'Limit on a write (create, write, delete, import, button, wizard, report...) once it is sent: by default none, as the server may still commit a write it was given up on; a write cut short may have been applied. 0 is no limit [default: 0]')
            [CompletionResult]::new('--retries', '--retries', [CompletionResultType]::ParameterName, 'How often a failed request is sent again when that is safe [default: 3]; a proxy''s 502 or 503 for a read is retried for up to 30 s instead (0: never)')
            [CompletionResult]::new('-u', '-u', [CompletionResultType]::ParameterName, 'Login name (also picks the stored session when several users are logged in)')
            [CompletionResult]::new('--user', '--user', [CompletionResultType]::ParameterName, 'Login name (also picks the stored session when several users are logged in)')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile from the config file (~/.config/tryton-cli/config.toml)')
            [CompletionResult]::new('--session-store', '--session-store', [CompletionResultType]::ParameterName, 'Where sessions are kept: the OS keyring, a 0600 file, either (auto), or nowhere [default: auto]')
            [CompletionResult]::new('--password-file', '--password-file', [CompletionResultType]::ParameterName, 'Read the password from the first line of this file (it must not be readable by others)')
            [CompletionResult]::new('--cacert', '--cacert', [CompletionResultType]::ParameterName, 'Trust the certificates in this PEM file (a private CA) instead of the system store; remembered with the session at login')
            [CompletionResult]::new('--max-response-size', '--max-response-size', [CompletionResultType]::ParameterName, 'Refuse answers larger than this: bytes, or a size such as 512KiB or 10MiB [default: 256MiB]')
            [CompletionResult]::new('--jq', '--jq', [CompletionResultType]::ParameterName, 'Run this jq program on the JSON output (in-process; no jq needed), as gh''s --jq: on each record of search, read, models, fields and export (the whole list with -o json), on the result of call (and of a button or wizard), on ping/status/cron --json. Each output is printed on a line of its own, strings raw (as jq -r), anything else as compact JSON. A bad program is exit 3 before anything is sent')
            [CompletionResult]::new('--pretty', '--pretty', [CompletionResultType]::ParameterName, 'Indented JSON for -o json')
            [CompletionResult]::new('--tagged', '--tagged', [CompletionResultType]::ParameterName, 'JSON with Tryton''s tagged values as on the wire ({"__class__": "Decimal", ...}), e.g. to feed them back into call [default: plain JSON: ISO 8601 dates, exact decimal numbers, durations in seconds, bytes base64]')
            [CompletionResult]::new('--csv-safe', '--csv-safe', [CompletionResultType]::ParameterName, 'CSV for spreadsheets: cells starting with = + - @, a tab or a carriage return get a '' in front, so they are not run as formulas (numbers such as -12.50 stay as they are)')
            [CompletionResult]::new('--refresh', '--refresh', [CompletionResultType]::ParameterName, 'With --cache: ask the server anyway and renew the cached result')
            [CompletionResult]::new('--insecure', '--insecure', [CompletionResultType]::ParameterName, 'Do not verify the server''s TLS certificate (prints a warning); remembered with the session at login')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Trace requests on stderr (-vv adds bodies); secrets are always redacted')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Trace requests on stderr (-vv adds bodies); secrets are always redacted')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print nothing but results (ping: nothing at all; use the exit code)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print nothing but results (ping: nothing at all; use the exit code)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to every question of this run: confirmations of deletes and bulk writes, and the server''s warnings ("do you want to proceed?")')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to every question of this run: confirmations of deletes and bulk writes, and the server''s warnings ("do you want to proceed?")')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'tryton-cli;fields' {
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format [default: table on a terminal, ndjson when piped]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format [default: table on a terminal, ndjson when piped]')
            [CompletionResult]::new('--cache', '--cache', [CompletionResultType]::ParameterName, 'Answer from a local cache of read results younger than this (e.g. 5m); fill it otherwise')
            [CompletionResult]::new('--url', '--url', [CompletionResultType]::ParameterName, 'Tryton server URL, e.g. http://127.0.0.1:8000 (also read from TRYTON_RPC_URL)')
            [CompletionResult]::new('-d', '-d', [CompletionResultType]::ParameterName, 'Database name')
            [CompletionResult]::new('--database', '--database', [CompletionResultType]::ParameterName, 'Database name')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Timeout for connecting, and for each read (search, read, export...): seconds, or a duration such as 500ms or 1m; 0 is no limit [default: 10]')
            [CompletionResult]::new('--write-timeout', '--write-timeout', [CompletionResultType]::ParameterName, 'Limit on a write (create, write, delete, import, button, wizard, report...) once it is sent: by default none, as the server may still commit a write it was given up on; a write cut short may have been applied. 0 is no limit [default: 0]')
            [CompletionResult]::new('--retries', '--retries', [CompletionResultType]::ParameterName, 'How often a failed request is sent again when that is safe [default: 3]; a proxy''s 502 or 503 for a read is retried for up to 30 s instead (0: never)')
            [CompletionResult]::new('-u', '-u', [CompletionResultType]::ParameterName, 'Login name (also picks the stored session when several users are logged in)')
            [CompletionResult]::new('--user', '--user', [CompletionResultType]::ParameterName, 'Login name (also picks the stored session when several users are logged in)')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile from the config file (~/.config/tryton-cli/config.toml)')
            [CompletionResult]::new('--session-store', '--session-store', [CompletionResultType]::ParameterName, 'Where sessions are kept: the OS keyring, a 0600 file, either (auto), or nowhere [default: auto]')
            [CompletionResult]::new('--password-file', '--password-file', [CompletionResultType]::ParameterName, 'Read the password from the first line of this file (it must not be readable by others)')
            [CompletionResult]::new('--cacert', '--cacert', [CompletionResultType]::ParameterName, 'Trust the certificates in this PEM file (a private CA) instead of the system store; remembered with the session at login')
            [CompletionResult]::new('--max-response-size', '--max-response-size', [CompletionResultType]::ParameterName, 'Refuse answers larger than this: bytes, or a size such as 512KiB or 10MiB [default: 256MiB]')
            [CompletionResult]::new('--jq', '--jq', [CompletionResultType]::ParameterName, 'Run this jq program on the JSON output (in-process; no jq needed), as gh''s --jq: on each record of search, read, models, fields and export (the whole list with -o json), on the result of call (and of a button or wizard), on ping/status/cron --json. Each output is printed on a line of its own, strings raw (as jq -r), anything else as compact JSON. A bad program is exit 3 before anything is sent')
            [CompletionResult]::new('--pretty', '--pretty', [CompletionResultType]::ParameterName, 'Indented JSON for -o json')
            [CompletionResult]::new('--tagged', '--tagged', [CompletionResultType]::ParameterName, 'JSON with Tryton''s tagged values as on the wire ({"__class__": "Decimal", ...}), e.g. to feed them back into call [default: plain JSON: ISO 8601 dates, exact decimal numbers, durations in seconds, bytes base64]')
            [CompletionResult]::new('--csv-safe', '--csv-safe', [CompletionResultType]::ParameterName, 'CSV for spreadsheets: cells starting with = + - @, a tab or a carriage return get a '' in front, so they are not run as formulas (numbers such as -12.50 stay as they are)')
            [CompletionResult]::new('--refresh', '--refresh', [CompletionResultType]::ParameterName, 'With --cache: ask the server anyway and renew the cached result')
            [CompletionResult]::new('--insecure', '--insecure', [CompletionResultType]::ParameterName, 'Do not verify the server''s TLS certificate (prints a warning); remembered with the session at login')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Trace requests on stderr (-vv adds bodies); secrets are always redacted')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Trace requests on stderr (-vv adds bodies); secrets are always redacted')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print nothing but results (ping: nothing at all; use the exit code)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print nothing but results (ping: nothing at all; use the exit code)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to every question of this run: confirmations of deletes and bulk writes, and the server''s warnings ("do you want to proceed?")')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to every question of this run: confirmations of deletes and bulk writes, and the server''s warnings ("do you want to proceed?")')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'tryton-cli;export' {
            [CompletionResult]::new('-f', '-f', [CompletionResultType]::ParameterName, 'Field paths, comma-separated: name,addresses/city,lang (`.` works as `/` too)')
            [CompletionResult]::new('--fields', '--fields', [CompletionResultType]::ParameterName, 'Field paths, comma-separated: name,addresses/city,lang (`.` works as `/` too)')
            [CompletionResult]::new('--order', '--order', [CompletionResultType]::ParameterName, 'Sort order, e.g. ''name'' or ''create_date desc'' [default: id]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format: csv as the desktop client writes it, or one JSON object a row')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format: csv as the desktop client writes it, or one JSON object a row')
            [CompletionResult]::new('--header', '--header', [CompletionResultType]::ParameterName, 'The header row: field paths (what import reads), the server''s labels, or none')
            [CompletionResult]::new('--batch-size', '--batch-size', [CompletionResultType]::ParameterName, 'Records per request')
            [CompletionResult]::new('--delimiter', '--delimiter', [CompletionResultType]::ParameterName, 'The character between columns: , ; | or tab (spreadsheets set to a language that writes decimal commas save CSV with ;)')
            [CompletionResult]::new('--encoding', '--encoding', [CompletionResultType]::ParameterName, 'The file''s character encoding, a WHATWG label such as utf-8, windows-1252, latin1, iso-8859-15, shift_jis (what spreadsheets on Windows save as "CSV" is often windows-1252)')
            [CompletionResult]::new('--jobs', '--jobs', [CompletionResultType]::ParameterName, 'Pages asked for at once (written in order; at most N pages held): faster from a server with several workers (gunicorn, uwsgi); trytond''s own one-process server gains nothing')
            [CompletionResult]::new('--offset', '--offset', [CompletionResultType]::ParameterName, 'Skip this many records first (in --order): resumes an export that stopped, as its error says')
            [CompletionResult]::new('--url', '--url', [CompletionResultType]::ParameterName, 'Tryton server URL, e.g. http://127.0.0.1:8000 (also read from TRYTON_RPC_URL)')
            [CompletionResult]::new('-d', '-d', [CompletionResultType]::ParameterName, 'Database name')
            [CompletionResult]::new('--database', '--database', [CompletionResultType]::ParameterName, 'Database name')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Timeout for connecting, and for each read (search, read, export...): seconds, or a duration such as 500ms or 1m; 0 is no limit [default: 10]')
            [CompletionResult]::new('--write-timeout', '--write-timeout', [CompletionResultType]::ParameterName, 'Limit on a write (create, write, delete, import, button, wizard, report...) once it is sent: by default none, as the server may still commit a write it was given up on; a write cut short may have been applied. 0 is no limit [default: 0]')
            [CompletionResult]::new('--retries', '--retries', [CompletionResultType]::ParameterName, 'How often a failed request is sent again when that is safe [default: 3]; a proxy''s 502 or 503 for a read is retried for up to 30 s instead (0: never)')
            [CompletionResult]::new('-u', '-u', [CompletionResultType]::ParameterName, 'Login name (also picks the stored session when several users are logged in)')
            [CompletionResult]::new('--user', '--user', [CompletionResultType]::ParameterName, 'Login name (also picks the stored session when several users are logged in)')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile from the config file (~/.config/tryton-cli/config.toml)')
            [CompletionResult]::new('--session-store', '--session-store', [CompletionResultType]::ParameterName, 'Where sessions are kept: the OS keyring, a 0600 file, either (auto), or nowhere [default: auto]')
            [CompletionResult]::new('--password-file', '--password-file', [CompletionResultType]::ParameterName, 'Read the password from the first line of this file (it must not be readable by others)')
            [CompletionResult]::new('--cacert', '--cacert', [CompletionResultType]::ParameterName, 'Trust the certificates in this PEM file (a private CA) instead of the system store; remembered with the session at login')
            [CompletionResult]::new('--max-response-size', '--max-response-size', [CompletionResultType]::ParameterName, 'Refuse answers larger than this: bytes, or a size such as 512KiB or 10MiB [default: 256MiB]')
            [CompletionResult]::new('--jq', '--jq', [CompletionResultType]::ParameterName, 'Run this jq program on the JSON output (in-process; no jq needed), as gh''s --jq: on each record of search, read, models, fields and export (the whole list with -o json), on the result of call (and of a button or wizard), on ping/status/cron --json. Each output is printed on a line of its own, strings raw (as jq -r), anything else as compact JSON. A bad program is exit 3 before anything is sent')
            [CompletionResult]::new('--csv-safe', '--csv-safe', [CompletionResultType]::ParameterName, 'CSV for spreadsheets: cells starting with = + - @, a tab or a carriage return get a '' in front, so they are not run as formulas (numbers such as -12.50 stay as they are; import does not take the '' off)')
            [CompletionResult]::new('--insecure', '--insecure', [CompletionResultType]::ParameterName, 'Do not verify the server''s TLS certificate (prints a warning); remembered with the session at login')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Trace requests on stderr (-vv adds bodies); secrets are always redacted')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Trace requests on stderr (-vv adds bodies); secrets are always redacted')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print nothing but results (ping: nothing at all; use the exit code)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print nothing but results (ping: nothing at all; use the exit code)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to every question of this run: confirmations of deletes and bulk writes, and the server''s warnings ("do you want to proceed?")')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to every question of this run: confirmations of deletes and bulk writes, and the server''s warnings ("do you want to proceed?")')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'tryton-cli;import' {
            [CompletionResult]::new('--batch-size', '--batch-size', [CompletionResultType]::ParameterName, 'Records per import_data call (one transaction each), cut at record boundaries')
            [CompletionResult]::new('--skip-records', '--skip-records', [CompletionResultType]::ParameterName, 'Skip this many records first (to continue after a failed batch)')
            [CompletionResult]::new('--delimiter', '--delimiter', [CompletionResultType]::ParameterName, 'The character between columns: , ; | or tab (spreadsheets set to a language that writes decimal commas save CSV with ;)')
            [CompletionResult]::new('--encoding', '--encoding', [CompletionResultType]::ParameterName, 'The file''s character encoding, a WHATWG label such as utf-8, windows-1252, latin1, iso-8859-15, shift_jis (what spreadsheets on Windows save as "CSV" is often windows-1252)')
            [CompletionResult]::new('--url', '--url', [CompletionResultType]::ParameterName, 'Tryton server URL, e.g. http://127.0.0.1:8000 (also read from TRYTON_RPC_URL)')
            [CompletionResult]::new('-d', '-d', [CompletionResultType]::ParameterName, 'Database name')
            [CompletionResult]::new('--database', '--database', [CompletionResultType]::ParameterName, 'Database name')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Timeout for connecting, and for each read (search, read, export...): seconds, or a duration such as 500ms or 1m; 0 is no limit [default: 10]')
            [CompletionResult]::new('--write-timeout', '--write-timeout', [CompletionResultType]::ParameterName, 'Limit on a write (create, write, delete, import, button, wizard, report...) once it is sent: by default none, as the server may still commit a write it was given up on; a write cut short may have been applied. 0 is no limit [default: 0]')
            [CompletionResult]::new('--retries', '--retries', [CompletionResultType]::ParameterName, 'How often a failed request is sent again when that is safe [default: 3]; a proxy''s 502 or 503 for a read is retried for up to 30 s instead (0: never)')
            [CompletionResult]::new('-u', '-u', [CompletionResultType]::ParameterName, 'Login name (also picks the stored session when several users are logged in)')
            [CompletionResult]::new('--user', '--user', [CompletionResultType]::ParameterName, 'Login name (also picks the stored session when several users are logged in)')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile from the config file (~/.config/tryton-cli/config.toml)')
            [CompletionResult]::new('--session-store', '--session-store', [CompletionResultType]::ParameterName, 'Where sessions are kept: the OS keyring, a 0600 file, either (auto), or nowhere [default: auto]')
            [CompletionResult]::new('--password-file', '--password-file', [CompletionResultType]::ParameterName, 'Read the password from the first line of this file (it must not be readable by others)')
            [CompletionResult]::new('--cacert', '--cacert', [CompletionResultType]::ParameterName, 'Trust the certificates in this PEM file (a private CA) instead of the system store; remembered with the session at login')
            [CompletionResult]::new('--max-response-size', '--max-response-size', [CompletionResultType]::ParameterName, 'Refuse answers larger than this: bytes, or a size such as 512KiB or 10MiB [default: 256MiB]')
            [CompletionResult]::new('--jq', '--jq', [CompletionResultType]::ParameterName, 'Run this jq program on the JSON output (in-process; no jq needed), as gh''s --jq: on each record of search, read, models, fields and export (the whole list with -o json), on the result of call (and of a button or wizard), on ping/status/cron --json. Each output is printed on a line of its own, strings raw (as jq -r), anything else as compact JSON. A bad program is exit 3 before anything is sent')
            [CompletionResult]::new('--atomic', '--atomic', [CompletionResultType]::ParameterName, 'The whole file in one call: all or nothing (as the desktop client)')
            [CompletionResult]::new('--check', '--check', [CompletionResultType]::ParameterName, 'Read the whole file and check its columns and values against the model; send nothing')
            [CompletionResult]::new('--insecure', '--insecure', [CompletionResultType]::ParameterName, 'Do not verify the server''s TLS certificate (prints a warning); remembered with the session at login')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Trace requests on stderr (-vv adds bodies); secrets are always redacted')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Trace requests on stderr (-vv adds bodies); secrets are always redacted')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print nothing but results (ping: nothing at all; use the exit code)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print nothing but results (ping: nothing at all; use the exit code)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to every question of this run: confirmations of deletes and bulk writes, and the server''s warnings ("do you want to proceed?")')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to every question of this run: confirmations of deletes and bulk writes, and the server''s warnings ("do you want to proceed?")')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'tryton-cli;create' {
            [CompletionResult]::new('--batch-size', '--batch-size', [CompletionResultType]::ParameterName, 'Records per request (one transaction each)')
            [CompletionResult]::new('--skip-records', '--skip-records', [CompletionResultType]::ParameterName, 'Skip this many records first (to continue after a failed or interrupted run)')
            [CompletionResult]::new('--url', '--url', [CompletionResultType]::ParameterName, 'Tryton server URL, e.g. http://127.0.0.1:8000 (also read from TRYTON_RPC_URL)')
            [CompletionResult]::new('-d', '-d', [CompletionResultType]::ParameterName, 'Database name')
            [CompletionResult]::new('--database', '--database', [CompletionResultType]::ParameterName, 'Database name')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Timeout for connecting, and for each read (search, read, export...): seconds, or a duration such as 500ms or 1m; 0 is no limit [default: 10]')
            [CompletionResult]::new('--write-timeout', '--write-timeout', [CompletionResultType]::ParameterName, 'Limit on a write (create, write, delete, import, button, wizard, report...) once it is sent: by default none, as the server may still commit a write it was given up on; a write cut short may have been applied. 0 is no limit [default: 0]')
            [CompletionResult]::new('--retries', '--retries', [CompletionResultType]::ParameterName, 'How often a failed request is sent again when that is safe [default: 3]; a proxy''s 502 or 503 for a read is retried for up to 30 s instead (0: never)')
            [CompletionResult]::new('-u', '-u', [CompletionResultType]::ParameterName, 'Login name (also picks the stored session when several users are logged in)')
            [CompletionResult]::new('--user', '--user', [CompletionResultType]::ParameterName, 'Login name (also picks the stored session when several users are logged in)')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile from the config file (~/.config/tryton-cli/config.toml)')
            [CompletionResult]::new('--session-store', '--session-store', [CompletionResultType]::ParameterName, 'Where sessions are kept: the OS keyring, a 0600 file, either (auto), or nowhere [default: auto]')
            [CompletionResult]::new('--password-file', '--password-file', [CompletionResultType]::ParameterName, 'Read the password from the first line of this file (it must not be readable by others)')
            [CompletionResult]::new('--cacert', '--cacert', [CompletionResultType]::ParameterName, 'Trust the certificates in this PEM file (a private CA) instead of the system store; remembered with the session at login')
            [CompletionResult]::new('--max-response-size', '--max-response-size', [CompletionResultType]::ParameterName, 'Refuse answers larger than this: bytes, or a size such as 512KiB or 10MiB [default: 256MiB]')
            [CompletionResult]::new('--jq', '--jq', [CompletionResultType]::ParameterName, 'Run this jq program on the JSON output (in-process; no jq needed), as gh''s --jq: on each record of search, read, models, fields and export (the whole list with -o json), on the result of call (and of a button or wizard), on ping/status/cron --json. Each output is printed on a line of its own, strings raw (as jq -r), anything else as compact JSON. A bad program is exit 3 before anything is sent')
            [CompletionResult]::new('--insecure', '--insecure', [CompletionResultType]::ParameterName, 'Do not verify the server''s TLS certificate (prints a warning); remembered with the session at login')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Trace requests on stderr (-vv adds bodies); secrets are always redacted')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Trace requests on stderr (-vv adds bodies); secrets are always redacted')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print nothing but results (ping: nothing at all; use the exit code)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print nothing but results (ping: nothing at all; use the exit code)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to every question of this run: confirmations of deletes and bulk writes, and the server''s warnings ("do you want to proceed?")')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to every question of this run: confirmations of deletes and bulk writes, and the server''s warnings ("do you want to proceed?")')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'tryton-cli;write' {
            [CompletionResult]::new('--where', '--where', [CompletionResultType]::ParameterName, 'Write to the records this domain matches (short form or JSON), after saying how many')
            [CompletionResult]::new('--batch-size', '--batch-size', [CompletionResultType]::ParameterName, 'Records per request (one transaction each)')
            [CompletionResult]::new('--url', '--url', [CompletionResultType]::ParameterName, 'Tryton server URL, e.g. http://127.0.0.1:8000 (also read from TRYTON_RPC_URL)')
            [CompletionResult]::new('-d', '-d', [CompletionResultType]::ParameterName, 'Database name')
            [CompletionResult]::new('--database', '--database', [CompletionResultType]::ParameterName, 'Database name')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Timeout for connecting, and for each read (search, read, export...): seconds, or a duration such as 500ms or 1m; 0 is no limit [default: 10]')
            [CompletionResult]::new('--write-timeout', '--write-timeout', [CompletionResultType]::ParameterName, 'Limit on a write (create, write, delete, import, button, wizard, report...) once it is sent: by default none, as the server may still commit a write it was given up on; a write cut short may have been applied. 0 is no limit [default: 0]')
            [CompletionResult]::new('--retries', '--retries', [CompletionResultType]::ParameterName, 'How often a failed request is sent again when that is safe [default: 3]; a proxy''s 502 or 503 for a read is retried for up to 30 s instead (0: never)')
            [CompletionResult]::new('-u', '-u', [CompletionResultType]::ParameterName, 'Login name (also picks the stored session when several users are logged in)')
            [CompletionResult]::new('--user', '--user', [CompletionResultType]::ParameterName, 'Login name (also picks the stored session when several users are logged in)')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile from the config file (~/.config/tryton-cli/config.toml)')
            [CompletionResult]::new('--session-store', '--session-store', [CompletionResultType]::ParameterName, 'Where sessions are kept: the OS keyring, a 0600 file, either (auto), or nowhere [default: auto]')
            [CompletionResult]::new('--password-file', '--password-file', [CompletionResultType]::ParameterName, 'Read the password from the first line of this file (it must not be readable by others)')
            [CompletionResult]::new('--cacert', '--cacert', [CompletionResultType]::ParameterName, 'Trust the certificates in this PEM file (a private CA) instead of the system store; remembered with the session at login')
            [CompletionResult]::new('--max-response-size', '--max-response-size', [CompletionResultType]::ParameterName, 'Refuse answers larger than this: bytes, or a size such as 512KiB or 10MiB [default: 256MiB]')
            [CompletionResult]::new('--jq', '--jq', [CompletionResultType]::ParameterName, 'Run this jq program on the JSON output (in-process; no jq needed), as gh''s --jq: on each record of search, read, models, fields and export (the whole list with -o json), on the result of call (and of a button or wizard), on ping/status/cron --json. Each output is printed on a line of its own, strings raw (as jq -r), anything else as compact JSON. A bad program is exit 3 before anything is sent')
            [CompletionResult]::new('--ignore-missing', '--ignore-missing', [CompletionResultType]::ParameterName, 'Leave out the given ids that do not exist (saying how many) instead of refusing them all')
            [CompletionResult]::new('--insecure', '--insecure', [CompletionResultType]::ParameterName, 'Do not verify the server''s TLS certificate (prints a warning); remembered with the session at login')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Trace requests on stderr (-vv adds bodies); secrets are always redacted')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Trace requests on stderr (-vv adds bodies); secrets are always redacted')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print nothing but results (ping: nothing at all; use the exit code)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print nothing but results (ping: nothing at all; use the exit code)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to every question of this run: confirmations of deletes and bulk writes, and the server''s warnings ("do you want to proceed?")')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to every question of this run: confirmations of deletes and bulk writes, and the server''s warnings ("do you want to proceed?")')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'tryton-cli;delete' {
            [CompletionResult]::new('--where', '--where', [CompletionResultType]::ParameterName, 'Delete the records this domain matches (short form or JSON), after saying how many')
            [CompletionResult]::new('--batch-size', '--batch-size', [CompletionResultType]::ParameterName, 'Records per request (one transaction each)')
            [CompletionResult]::new('--url', '--url', [CompletionResultType]::ParameterName, 'Tryton server URL, e.g. http://127.0.0.1:8000 (also read from TRYTON_RPC_URL)')
            [CompletionResult]::new('-d', '-d', [CompletionResultType]::ParameterName, 'Database name')
            [CompletionResult]::new('--database', '--database', [CompletionResultType]::ParameterName, 'Database name')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Timeout for connecting, and for each read (search, read, export...): seconds, or a duration such as 500ms or 1m; 0 is no limit [default: 10]')
            [CompletionResult]::new('--write-timeout', '--write-timeout', [CompletionResultType]::ParameterName, 'Limit on a write (create, write, delete, import, button, wizard, report...) once it is sent: by default none, as the server may still commit a write it was given up on; a write cut short may have been applied. 0 is no limit [default: 0]')
            [CompletionResult]::new('--retries', '--retries', [CompletionResultType]::ParameterName, 'How often a failed request is sent again when that is safe [default: 3]; a proxy''s 502 or 503 for a read is retried for up to 30 s instead (0: never)')
            [CompletionResult]::new('-u', '-u', [CompletionResultType]::ParameterName, 'Login name (also picks the stored session when several users are logged in)')
            [CompletionResult]::new('--user', '--user', [CompletionResultType]::ParameterName, 'Login name (also picks the stored session when several users are logged in)')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile from the config file (~/.config/tryton-cli/config.toml)')
            [CompletionResult]::new('--session-store', '--session-store', [CompletionResultType]::ParameterName, 'Where sessions are kept: the OS keyring, a 0600 file, either (auto), or nowhere [default: auto]')
            [CompletionResult]::new('--password-file', '--password-file', [CompletionResultType]::ParameterName, 'Read the password from the first line of this file (it must not be readable by others)')
            [CompletionResult]::new('--cacert', '--cacert', [CompletionResultType]::ParameterName, 'Trust the certificates in this PEM file (a private CA) instead of the system store; remembered with the session at login')
            [CompletionResult]::new('--max-response-size', '--max-response-size', [CompletionResultType]::ParameterName, 'Refuse answers larger than this: bytes, or a size such as 512KiB or 10MiB [default: 256MiB]')
            [CompletionResult]::new('--jq', '--jq', [CompletionResultType]::ParameterName, 'Run this jq program on the JSON output (in-process; no jq needed), as gh''s --jq: on each record of search, read, models, fields and export (the whole list with -o json), on the result of call (and of a button or wizard), on ping/status/cron --json. Each output is printed on a line of its own, strings raw (as jq -r), anything else as compact JSON. A bad program is exit 3 before anything is sent')
            [CompletionResult]::new('--ignore-missing', '--ignore-missing', [CompletionResultType]::ParameterName, 'Leave out the given ids that do not exist (saying how many) instead of refusing them all')
            [CompletionResult]::new('--insecure', '--insecure', [CompletionResultType]::ParameterName, 'Do not verify the server''s TLS certificate (prints a warning); remembered with the session at login')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Trace requests on stderr (-vv adds bodies); secrets are always redacted')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Trace requests on stderr (-vv adds bodies); secrets are always redacted')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print nothing but results (ping: nothing at all; use the exit code)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print nothing but results (ping: nothing at all; use the exit code)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to every question of this run: confirmations of deletes and bulk writes, and the server''s warnings ("do you want to proceed?")')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to every question of this run: confirmations of deletes and bulk writes, and the server''s warnings ("do you want to proceed?")')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'tryton-cli;report' {
            [CompletionResult]::new('-O', '-O ', [CompletionResultType]::ParameterName, 'Write the report to FILE (replaced if it exists), or to standard output with - [default: the server''s file name, in the current directory]')
            [CompletionResult]::new('--output-file', '--output-file', [CompletionResultType]::ParameterName, 'Write the report to FILE (replaced if it exists), or to standard output with - [default: the server''s file name, in the current directory]')
            [CompletionResult]::new('--model', '--model', [CompletionResultType]::ParameterName, 'The records'' model, for a report that names none (ir.action.report''s model)')
            [CompletionResult]::new('--data', '--data', [CompletionResultType]::ParameterName, 'More data for the report, a JSON object merged over {"model", "id", "ids"}')
            [CompletionResult]::new('--context', '--context', [CompletionResultType]::ParameterName, 'A JSON object merged over the user''s context (e.g. ''{"language": "fr"}'')')
            [CompletionResult]::new('--url', '--url', [CompletionResultType]::ParameterName, 'Tryton server URL, e.g. http://127.0.0.1:8000 (also read from TRYTON_RPC_URL)')
            [CompletionResult]::new('-d', '-d', [CompletionResultType]::ParameterName, 'Database name')
            [CompletionResult]::new('--database', '--database', [CompletionResultType]::ParameterName, 'Database name')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Timeout for connecting, and for each read (search, read, export...): seconds, or a duration such as 500ms or 1m; 0 is no limit [default: 10]')
            [CompletionResult]::new('--write-timeout', '--write-timeout', [CompletionResultType]::ParameterName, 'Limit on a write (create, write, delete, import, button, wizard, report...) once it is sent: by default none, as the server may still commit a write it was given up on; a write cut short may have been applied. 0 is no limit [default: 0]')
            [CompletionResult]::new('--retries', '--retries', [CompletionResultType]::ParameterName, 'How often a failed request is sent again when that is safe [default: 3]; a proxy''s 502 or 503 for a read is retried for up to 30 s instead (0: never)')
            [CompletionResult]::new('-u', '-u', [CompletionResultType]::ParameterName, 'Login name (also picks the stored session when several users are logged in)')
            [CompletionResult]::new('--user', '--user', [CompletionResultType]::ParameterName, 'Login name (also picks the stored session when several users are logged in)')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile from the config file (~/.config/tryton-cli/config.toml)')
            [CompletionResult]::new('--session-store', '--session-store', [CompletionResultType]::ParameterName, 'Where sessions are kept: the OS keyring, a 0600 file, either (auto), or nowhere [default: auto]')
            [CompletionResult]::new('--password-file', '--password-file', [CompletionResultType]::ParameterName, 'Read the password from the first line of this file (it must not be readable by others)')
            [CompletionResult]::new('--cacert', '--cacert', [CompletionResultType]::ParameterName, 'Trust the certificates in this PEM file (a private CA) instead of the system store; remembered with the session at login')
            [CompletionResult]::new('--max-response-size', '--max-response-size', [CompletionResultType]::ParameterName, 'Refuse answers larger than this: bytes, or a size such as 512KiB or 10MiB [default: 256MiB]')
            [CompletionResult]::new('--jq', '--jq', [CompletionResultType]::ParameterName, 'Run this jq program on the JSON output (in-process; no jq needed), as gh''s --jq: on each record of search, read, models, fields and export (the whole list with -o json), on the result of call (and of a button or wizard), on ping/status/cron --json. Each output is printed on a line of its own, strings raw (as jq -r), anything else as compact JSON. A bad program is exit 3 before anything is sent')
            [CompletionResult]::new('--force', '--force', [CompletionResultType]::ParameterName, 'Replace the file the server''s name points at, if it exists')
            [CompletionResult]::new('--insecure', '--insecure', [CompletionResultType]::ParameterName, 'Do not verify the server''s TLS certificate (prints a warning); remembered with the session at login')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Trace requests on stderr (-vv adds bodies); secrets are always redacted')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Trace requests on stderr (-vv adds bodies); secrets are always redacted')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print nothing but results (ping: nothing at all; use the exit code)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print nothing but results (ping: nothing at all; use the exit code)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to every question of this run: confirmations of deletes and bulk writes, and the server''s warnings ("do you want to proceed?")')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to every question of this run: confirmations of deletes and bulk writes, and the server''s warnings ("do you want to proceed?")')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'tryton-cli;wizard' {
            [CompletionResult]::new('--ids', '--ids', [CompletionResultType]::ParameterName, 'The records the wizard runs on (active_ids), comma-separated')
            [CompletionResult]::new('--model', '--model', [CompletionResultType]::ParameterName, 'The records'' model (active_model) [default: the wizard action''s model]')
            [CompletionResult]::new('--state', '--state', [CompletionResultType]::ParameterName, 'The button to press on the view the wizard shows; repeat it for each view, in order')
            [CompletionResult]::new('--data', '--data', [CompletionResultType]::ParameterName, 'Values of the views'' fields, by state: ''{"ask": {"source": 12, "destination": "ACME"}}''')
            [CompletionResult]::new('--context', '--context', [CompletionResultType]::ParameterName, 'A JSON object merged over the user''s context (e.g. ''{"language": "fr"}'')')
            [CompletionResult]::new('--url', '--url', [CompletionResultType]::ParameterName, 'Tryton server URL, e.g. http://127.0.0.1:8000 (also read from TRYTON_RPC_URL)')
            [CompletionResult]::new('-d', '-d', [CompletionResultType]::ParameterName, 'Database name')
            [CompletionResult]::new('--database', '--database', [CompletionResultType]::ParameterName, 'Database name')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Timeout for connecting, and for each read (search, read, export...): seconds, or a duration such as 500ms or 1m; 0 is no limit [default: 10]')
            [CompletionResult]::new('--write-timeout', '--write-timeout', [CompletionResultType]::ParameterName, 'Limit on a write (create, write, delete, import, button, wizard, report...) once it is sent: by default none, as the server may still commit a write it was given up on; a write cut short may have been applied. 0 is no limit [default: 0]')
            [CompletionResult]::new('--retries', '--retries', [CompletionResultType]::ParameterName, 'How often a failed request is sent again when that is safe [default: 3]; a proxy''s 502 or 503 for a read is retried for up to 30 s instead (0: never)')
            [CompletionResult]::new('-u', '-u', [CompletionResultType]::ParameterName, 'Login name (also picks the stored session when several users are logged in)')
            [CompletionResult]::new('--user', '--user', [CompletionResultType]::ParameterName, 'Login name (also picks the stored session when several users are logged in)')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile from the config file (~/.config/tryton-cli/config.toml)')
            [CompletionResult]::new('--session-store', '--session-store', [CompletionResultType]::ParameterName, 'Where sessions are kept: the OS keyring, a 0600 file, either (auto), or nowhere [default: auto]')
            [CompletionResult]::new('--password-file', '--password-file', [CompletionResultType]::ParameterName, 'Read the password from the first line of this file (it must not be readable by others)')
            [CompletionResult]::new('--cacert', '--cacert', [CompletionResultType]::ParameterName, 'Trust the certificates in this PEM file (a private CA) instead of the system store; remembered with the session at login')
            [CompletionResult]::new('--max-response-size', '--max-response-size', [CompletionResultType]::ParameterName, 'Refuse answers larger than this: bytes, or a size such as 512KiB or 10MiB [default: 256MiB]')
            [CompletionResult]::new('--jq', '--jq', [CompletionResultType]::ParameterName, 'Run this jq program on the JSON output (in-process; no jq needed), as gh''s --jq: on each record of search, read, models, fields and export (the whole list with -o json), on the result of call (and of a button or wizard), on ping/status/cron --json. Each output is printed on a line of its own, strings raw (as jq -r), anything else as compact JSON. A bad program is exit 3 before anything is sent')
            [CompletionResult]::new('--insecure', '--insecure', [CompletionResultType]::ParameterName, 'Do not verify the server''s TLS certificate (prints a warning); remembered with the session at login')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Trace requests on stderr (-vv adds bodies); secrets are always redacted')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Trace requests on stderr (-vv adds bodies); secrets are always redacted')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print nothing but results (ping: nothing at all; use the exit code)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print nothing but results (ping: nothing at all; use the exit code)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to every question of this run: confirmations of deletes and bulk writes, and the server''s warnings ("do you want to proceed?")')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to every question of this run: confirmations of deletes and bulk writes, and the server''s warnings ("do you want to proceed?")')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'tryton-cli;button' {
            [CompletionResult]::new('--context', '--context', [CompletionResultType]::ParameterName, 'A JSON object merged over the user''s context (e.g. ''{"language": "fr"}'')')
            [CompletionResult]::new('--url', '--url', [CompletionResultType]::ParameterName, 'Tryton server URL, e.g. http://127.0.0.1:8000 (also read from TRYTON_RPC_URL)')
            [CompletionResult]::new('-d', '-d', [CompletionResultType]::ParameterName, 'Database name')
            [CompletionResult]::new('--database', '--database', [CompletionResultType]::ParameterName, 'Database name')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Timeout for connecting, and for each read (search, read, export...): seconds, or a duration such as 500ms or 1m; 0 is no limit [default: 10]')
            [CompletionResult]::new('--write-timeout', '--write-timeout', [CompletionResultType]::ParameterName, 'Limit on a write (create, write, delete, import, button, wizard, report...) once it is sent: by default none, as the server may still commit a write it was given up on; a write cut short may have been applied. 0 is no limit [default: 0]')
            [CompletionResult]::new('--retries', '--retries', [CompletionResultType]::ParameterName, 'How often a failed request is sent again when that is safe [default: 3]; a proxy''s 502 or 503 for a read is retried for up to 30 s instead (0: never)')
            [CompletionResult]::new('-u', '-u', [CompletionResultType]::ParameterName, 'Login name (also picks the stored session when several users are logged in)')
            [CompletionResult]::new('--user', '--user', [CompletionResultType]::ParameterName, 'Login name (also picks the stored session when several users are logged in)')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile from the config file (~/.config/tryton-cli/config.toml)')
            [CompletionResult]::new('--session-store', '--session-store', [CompletionResultType]::ParameterName, 'Where sessions are kept: the OS keyring, a 0600 file, either (auto), or nowhere [default: auto]')
            [CompletionResult]::new('--password-file', '--password-file', [CompletionResultType]::ParameterName, 'Read the password from the first line of this file (it must not be readable by others)')
            [CompletionResult]::new('--cacert', '--cacert', [CompletionResultType]::ParameterName, 'Trust the certificates in this PEM file (a private CA) instead of the system store; remembered with the session at login')
            [CompletionResult]::new('--max-response-size', '--max-response-size', [CompletionResultType]::ParameterName, 'Refuse answers larger than this: bytes, or a size such as 512KiB or 10MiB [default: 256MiB]')
            [CompletionResult]::new('--jq', '--jq', [CompletionResultType]::ParameterName, 'Run this jq program on the JSON output (in-process; no jq needed), as gh''s --jq: on each record of search, read, models, fields and export (the whole list with -o json), on the result of call (and of a button or wizard), on ping/status/cron --json. Each output is printed on a line of its own, strings raw (as jq -r), anything else as compact JSON. A bad program is exit 3 before anything is sent')
            [CompletionResult]::new('--insecure', '--insecure', [CompletionResultType]::ParameterName, 'Do not verify the server''s TLS certificate (prints a warning); remembered with the session at login')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Trace requests on stderr (-vv adds bodies); secrets are always redacted')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Trace requests on stderr (-vv adds bodies); secrets are always redacted')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print nothing but results (ping: nothing at all; use the exit code)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print nothing but results (ping: nothing at all; use the exit code)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to every question of this run: confirmations of deletes and bulk writes, and the server''s warnings ("do you want to proceed?")')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to every question of this run: confirmations of deletes and bulk writes, and the server''s warnings ("do you want to proceed?")')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'tryton-cli;cron' {
            [CompletionResult]::new('--late', '--late', [CompletionResultType]::ParameterName, 'With --check: how far in the past a next call may be before its job counts as late')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format [default: table on a terminal, ndjson when piped]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format [default: table on a terminal, ndjson when piped]')
            [CompletionResult]::new('--url', '--url', [CompletionResultType]::ParameterName, 'Tryton server URL, e.g. http://127.0.0.1:8000 (also read from TRYTON_RPC_URL)')
            [CompletionResult]::new('-d', '-d', [CompletionResultType]::ParameterName, 'Database name')
            [CompletionResult]::new('--database', '--database', [CompletionResultType]::ParameterName, 'Database name')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Timeout for connecting, and for each read (search, read, export...): seconds, or a duration such as 500ms or 1m; 0 is no limit [default: 10]')
            [CompletionResult]::new('--write-timeout', '--write-timeout', [CompletionResultType]::ParameterName, 'Limit on a write (create, write, delete, import, button, wizard, report...) once it is sent: by default none, as the server may still commit a write it was given up on; a write cut short may have been applied. 0 is no limit [default: 0]')
            [CompletionResult]::new('--retries', '--retries', [CompletionResultType]::ParameterName, 'How often a failed request is sent again when that is safe [default: 3]; a proxy''s 502 or 503 for a read is retried for up to 30 s instead (0: never)')
            [CompletionResult]::new('-u', '-u', [CompletionResultType]::ParameterName, 'Login name (also picks the stored session when several users are logged in)')
            [CompletionResult]::new('--user', '--user', [CompletionResultType]::ParameterName, 'Login name (also picks the stored session when several users are logged in)')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile from the config file (~/.config/tryton-cli/config.toml)')
            [CompletionResult]::new('--session-store', '--session-store', [CompletionResultType]::ParameterName, 'Where sessions are kept: the OS keyring, a 0600 file, either (auto), or nowhere [default: auto]')
            [CompletionResult]::new('--password-file', '--password-file', [CompletionResultType]::ParameterName, 'Read the password from the first line of this file (it must not be readable by others)')
            [CompletionResult]::new('--cacert', '--cacert', [CompletionResultType]::ParameterName, 'Trust the certificates in this PEM file (a private CA) instead of the system store; remembered with the session at login')
            [CompletionResult]::new('--max-response-size', '--max-response-size', [CompletionResultType]::ParameterName, 'Refuse answers larger than this: bytes, or a size such as 512KiB or 10MiB [default: 256MiB]')
            [CompletionResult]::new('--jq', '--jq', [CompletionResultType]::ParameterName, 'Run this jq program on the JSON output (in-process; no jq needed), as gh''s --jq: on each record of search, read, models, fields and export (the whole list with -o json), on the result of call (and of a button or wizard), on ping/status/cron --json. Each output is printed on a line of its own, strings raw (as jq -r), anything else as compact JSON. A bad program is exit 3 before anything is sent')
            [CompletionResult]::new('--check', '--check', [CompletionResultType]::ParameterName, 'Health check: exit 1 when an active job''s next call is more than --late in the past (the cron worker is dead or stuck), 0 otherwise; one line per late job on stdout')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'JSON for monitoring systems: the jobs as one JSON array, or with --check one object ({"status": "ok"|"late", "late": [...], ...})')
            [CompletionResult]::new('--pretty', '--pretty', [CompletionResultType]::ParameterName, 'Indented JSON for -o json')
            [CompletionResult]::new('--tagged', '--tagged', [CompletionResultType]::ParameterName, 'JSON with Tryton''s tagged values as on the wire ({"__class__": "Decimal", ...}), e.g. to feed them back into call [default: plain JSON: ISO 8601 dates, exact decimal numbers, durations in seconds, bytes base64]')
            [CompletionResult]::new('--csv-safe', '--csv-safe', [CompletionResultType]::ParameterName, 'CSV for spreadsheets: cells starting with = + - @, a tab or a carriage return get a '' in front, so they are not run as formulas (numbers such as -12.50 stay as they are)')
            [CompletionResult]::new('--insecure', '--insecure', [CompletionResultType]::ParameterName, 'Do not verify the server''s TLS certificate (prints a warning); remembered with the session at login')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Trace requests on stderr (-vv adds bodies); secrets are always redacted')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Trace requests on stderr (-vv adds bodies); secrets are always redacted')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print nothing but results (ping: nothing at all; use the exit code)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print nothing but results (ping: nothing at all; use the exit code)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to every question of this run: confirmations of deletes and bulk writes, and the server''s warnings ("do you want to proceed?")')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to every question of this run: confirmations of deletes and bulk writes, and the server''s warnings ("do you want to proceed?")')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'tryton-cli;wait' {
            [CompletionResult]::new('--for', '--for', [CompletionResultType]::ParameterName, 'The condition on how many records match: exists (count>=1), gone (count=0), or count>=N, count>N, count=N, count!=N, count<=N, count<N')
            [CompletionResult]::new('--max-wait', '--max-wait', [CompletionResultType]::ParameterName, 'Give up after this long (exit 1, with the last count); the global --timeout is for each request')
            [CompletionResult]::new('--interval', '--interval', [CompletionResultType]::ParameterName, 'Time between two counts')
            [CompletionResult]::new('--context', '--context', [CompletionResultType]::ParameterName, 'JSON object merged over the user''s context, e.g. ''{"company": 1}''')
            [CompletionResult]::new('--url', '--url', [CompletionResultType]::ParameterName, 'Tryton server URL, e.g. http://127.0.0.1:8000 (also read from TRYTON_RPC_URL)')
            [CompletionResult]::new('-d', '-d', [CompletionResultType]::ParameterName, 'Database name')
            [CompletionResult]::new('--database', '--database', [CompletionResultType]::ParameterName, 'Database name')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Timeout for connecting, and for each read (search, read, export...): seconds, or a duration such as 500ms or 1m; 0 is no limit [default: 10]')
            [CompletionResult]::new('--write-timeout', '--write-timeout', [CompletionResultType]::ParameterName, 'Limit on a write (create, write, delete, import, button, wizard, report...) once it is sent: by default none, as the server may still commit a write it was given up on; a write cut short may have been applied. 0 is no limit [default: 0]')
            [CompletionResult]::new('--retries', '--retries', [CompletionResultType]::ParameterName, 'How often a failed request is sent again when that is safe [default: 3]; a proxy''s 502 or 503 for a read is retried for up to 30 s instead (0: never)')
            [CompletionResult]::new('-u', '-u', [CompletionResultType]::ParameterName, 'Login name (also picks the stored session when several users are logged in)')
            [CompletionResult]::new('--user', '--user', [CompletionResultType]::ParameterName, 'Login name (also picks the stored session when several users are logged in)')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile from the config file (~/.config/tryton-cli/config.toml)')
            [CompletionResult]::new('--session-store', '--session-store', [CompletionResultType]::ParameterName, 'Where sessions are kept: the OS keyring, a 0600 file, either (auto), or nowhere [default: auto]')
            [CompletionResult]::new('--password-file', '--password-file', [CompletionResultType]::ParameterName, 'Read the password from the first line of this file (it must not be readable by others)')
            [CompletionResult]::new('--cacert', '--cacert', [CompletionResultType]::ParameterName, 'Trust the certificates in this PEM file (a private CA) instead of the system store; remembered with the session at login')
            [CompletionResult]::new('--max-response-size', '--max-response-size', [CompletionResultType]::ParameterName, 'Refuse answers larger than this: bytes, or a size such as 512KiB or 10MiB [default: 256MiB]')
            [CompletionResult]::new('--jq', '--jq', [CompletionResultType]::ParameterName, 'Run this jq program on the JSON output (in-process; no jq needed), as gh''s --jq: on each record of search, read, models, fields and export (the whole list with -o json), on the result of call (and of a button or wizard), on ping/status/cron --json. Each output is printed on a line of its own, strings raw (as jq -r), anything else as compact JSON. A bad program is exit 3 before anything is sent')
            [CompletionResult]::new('--insecure', '--insecure', [CompletionResultType]::ParameterName, 'Do not verify the server''s TLS certificate (prints a warning); remembered with the session at login')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Trace requests on stderr (-vv adds bodies); secrets are always redacted')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Trace requests on stderr (-vv adds bodies); secrets are always redacted')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print nothing but results (ping: nothing at all; use the exit code)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print nothing but results (ping: nothing at all; use the exit code)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to every question of this run: confirmations of deletes and bulk writes, and the server''s warnings ("do you want to proceed?")')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to every question of this run: confirmations of deletes and bulk writes, and the server''s warnings ("do you want to proceed?")')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'tryton-cli;module' {
            [CompletionResult]::new('--url', '--url', [CompletionResultType]::ParameterName, 'Tryton server URL, e.g. http://127.0.0.1:8000 (also read from TRYTON_RPC_URL)')
            [CompletionResult]::new('-d', '-d', [CompletionResultType]::ParameterName, 'Database name')
            [CompletionResult]::new('--database', '--database', [CompletionResultType]::ParameterName, 'Database name')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Timeout for connecting, and for each read (search, read, export...): seconds, or a duration such as 500ms or 1m; 0 is no limit [default: 10]')
            [CompletionResult]::new('--write-timeout', '--write-timeout', [CompletionResultType]::ParameterName, 'Limit on a write (create, write, delete, import, button, wizard, report...) once it is sent: by default none, as the server may still commit a write it was given up on; a write cut short may have been applied. 0 is no limit [default: 0]')
            [CompletionResult]::new('--retries', '--retries', [CompletionResultType]::ParameterName, 'How often a failed request is sent again when that is safe [default: 3]; a proxy''s 502 or 503 for a read is retried for up to 30 s instead (0: never)')
            [CompletionResult]::new('-u', '-u', [CompletionResultType]::ParameterName, 'Login name (also picks the stored session when several users are logged in)')
            [CompletionResult]::new('--user', '--user', [CompletionResultType]::ParameterName, 'Login name (also picks the stored session when several users are logged in)')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile from the config file (~/.config/tryton-cli/config.toml)')
            [CompletionResult]::new('--session-store', '--session-store', [CompletionResultType]::ParameterName, 'Where sessions are kept: the OS keyring, a 0600 file, either (auto), or nowhere [default: auto]')
            [CompletionResult]::new('--password-file', '--password-file', [CompletionResultType]::ParameterName, 'Read the password from the first line of this file (it must not be readable by others)')
            [CompletionResult]::new('--cacert', '--cacert', [CompletionResultType]::ParameterName, 'Trust the certificates in this PEM file (a private CA) instead of the system store; remembered with the session at login')
            [CompletionResult]::new('--max-response-size', '--max-response-size', [CompletionResultType]::ParameterName, 'Refuse answers larger than this: bytes, or a size such as 512KiB or 10MiB [default: 256MiB]')
            [CompletionResult]::new('--jq', '--jq', [CompletionResultType]::ParameterName, 'Run this jq program on the JSON output (in-process; no jq needed), as gh''s --jq: on each record of search, read, models, fields and export (the whole list with -o json), on the result of call (and of a button or wizard), on ping/status/cron --json. Each output is printed on a line of its own, strings raw (as jq -r), anything else as compact JSON. A bad program is exit 3 before anything is sent')
            [CompletionResult]::new('--insecure', '--insecure', [CompletionResultType]::ParameterName, 'Do not verify the server''s TLS certificate (prints a warning); remembered with the session at login')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Trace requests on stderr (-vv adds bodies); secrets are always redacted')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Trace requests on stderr (-vv adds bodies); secrets are always redacted')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print nothing but results (ping: nothing at all; use the exit code)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print nothing but results (ping: nothing at all; use the exit code)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to every question of this run: confirmations of deletes and bulk writes, and the server''s warnings ("do you want to proceed?")')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to every question of this run: confirmations of deletes and bulk writes, and the server''s warnings ("do you want to proceed?")')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List the modules: name, state, version and what each depends on')
            [CompletionResult]::new('activate', 'activate', [CompletionResultType]::ParameterValue, 'Activate modules (and the modules they depend on)')
            [CompletionResult]::new('upgrade', 'upgrade', [CompletionResultType]::ParameterValue, 'Upgrade activated modules (and the activated modules that depend on them)')
            [CompletionResult]::new('deactivate', 'deactivate', [CompletionResultType]::ParameterValue, 'Deactivate modules (refused while an activated module depends on them)')
            [CompletionResult]::new('cancel', 'cancel', [CompletionResultType]::ParameterValue, 'Cancel a pending operation (modules left "to activate", "to upgrade" or "to remove")')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'tryton-cli;module;list' {
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format [default: table on a terminal, ndjson when piped]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format [default: table on a terminal, ndjson when piped]')
            [CompletionResult]::new('--url', '--url', [CompletionResultType]::ParameterName, 'Tryton server URL, e.g. http://127.0.0.1:8000 (also read from TRYTON_RPC_URL)')
            [CompletionResult]::new('-d', '-d', [CompletionResultType]::ParameterName, 'Database name')
            [CompletionResult]::new('--database', '--database', [CompletionResultType]::ParameterName, 'Database name')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Timeout for connecting, and for each read (search, read, export...): seconds, or a duration such as 500ms or 1m; 0 is no limit [default: 10]')
            [CompletionResult]::new('--write-timeout', '--write-timeout', [CompletionResultType]::ParameterName, 'Limit on a write (create, write, delete, import, button, wizard, report...) once it is sent: by default none, as the server may still commit a write it was given up on; a write cut short may have been applied. 0 is no limit [default: 0]')
            [CompletionResult]::new('--retries', '--retries', [CompletionResultType]::ParameterName, 'How often a failed request is sent again when that is safe [default: 3]; a proxy''s 502 or 503 for a read is retried for up to 30 s instead (0: never)')
            [CompletionResult]::new('-u', '-u', [CompletionResultType]::ParameterName, 'Login name (also picks the stored session when several users are logged in)')
            [CompletionResult]::new('--user', '--user', [CompletionResultType]::ParameterName, 'Login name (also picks the stored session when several users are logged in)')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile from the config file (~/.config/tryton-cli/config.toml)')
            [CompletionResult]::new('--session-store', '--session-store', [CompletionResultType]::ParameterName, 'Where sessions are kept: the OS keyring, a 0600 file, either (auto), or nowhere [default: auto]')
            [CompletionResult]::new('--password-file', '--password-file', [CompletionResultType]::ParameterName, 'Read the password from the first line of this file (it must not be readable by others)')
            [CompletionResult]::new('--cacert', '--cacert', [CompletionResultType]::ParameterName, 'Trust the certificates in this PEM file (a private CA) instead of the system store; remembered with the session at login')
            [CompletionResult]::new('--max-response-size', '--max-response-size', [CompletionResultType]::ParameterName, 'Refuse answers larger than this: bytes, or a size such as 512KiB or 10MiB [default: 256MiB]')
            [CompletionResult]::new('--jq', '--jq', [CompletionResultType]::ParameterName, 'Run this jq program on the JSON output (in-process; no jq needed), as gh''s --jq: on each record of search, read, models, fields and export (the whole list with -o json), on the result of call (and of a button or wizard), on ping/status/cron --json. Each output is printed on a line of its own, strings raw (as jq -r), anything else as compact JSON. A bad program is exit 3 before anything is sent')
            [CompletionResult]::new('--pretty', '--pretty', [CompletionResultType]::ParameterName, 'Indented JSON for -o json')
            [CompletionResult]::new('--tagged', '--tagged', [CompletionResultType]::ParameterName, 'JSON with Tryton''s tagged values as on the wire ({"__class__": "Decimal", ...}), e.g. to feed them back into call [default: plain JSON: ISO 8601 dates, exact decimal numbers, durations in seconds, bytes base64]')
            [CompletionResult]::new('--csv-safe', '--csv-safe', [CompletionResultType]::ParameterName, 'CSV for spreadsheets: cells starting with = + - @, a tab or a carriage return get a '' in front, so they are not run as formulas (numbers such as -12.50 stay as they are)')
            [CompletionResult]::new('--insecure', '--insecure', [CompletionResultType]::ParameterName, 'Do not verify the server''s TLS certificate (prints a warning); remembered with the session at login')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Trace requests on stderr (-vv adds bodies); secrets are always redacted')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Trace requests on stderr (-vv adds bodies); secrets are always redacted')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print nothing but results (ping: nothing at all; use the exit code)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print nothing but results (ping: nothing at all; use the exit code)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to every question of this run: confirmations of deletes and bulk writes, and the server''s warnings ("do you want to proceed?")')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to every question of this run: confirmations of deletes and bulk writes, and the server''s warnings ("do you want to proceed?")')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'tryton-cli;module;activate' {
            [CompletionResult]::new('--url', '--url', [CompletionResultType]::ParameterName, 'Tryton server URL, e.g. http://127.0.0.1:8000 (also read from TRYTON_RPC_URL)')
            [CompletionResult]::new('-d', '-d', [CompletionResultType]::ParameterName, 'Database name')
            [CompletionResult]::new('--database', '--database', [CompletionResultType]::ParameterName, 'Database name')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Timeout for connecting, and for each read (search, read, export...): seconds, or a duration such as 500ms or 1m; 0 is no limit [default: 10]')
            [CompletionResult]::new('--write-timeout', '--write-timeout', [CompletionResultType]::ParameterName, 'Limit on a write (create, write, delete, import, button, wizard, report...) once it is sent: by default none, as the server may still commit a write it was given up on; a write cut short may have been applied. 0 is no limit [default: 0]')
            [CompletionResult]::new('--retries', '--retries', [CompletionResultType]::ParameterName, 'How often a failed request is sent again when that is safe [default: 3]; a proxy''s 502 or 503 for a read is retried for up to 30 s instead (0: never)')
            [CompletionResult]::new('-u', '-u', [CompletionResultType]::ParameterName, 'Login name (also picks the stored session when several users are logged in)')
            [CompletionResult]::new('--user', '--user', [CompletionResultType]::ParameterName, 'Login name (also picks the stored session when several users are logged in)')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile from the config file (~/.config/tryton-cli/config.toml)')
            [CompletionResult]::new('--session-store', '--session-store', [CompletionResultType]::ParameterName, 'Where sessions are kept: the OS keyring, a 0600 file, either (auto), or nowhere [default: auto]')
            [CompletionResult]::new('--password-file', '--password-file', [CompletionResultType]::ParameterName, 'Read the password from the first line of this file (it must not be readable by others)')
            [CompletionResult]::new('--cacert', '--cacert', [CompletionResultType]::ParameterName, 'Trust the certificates in this PEM file (a private CA) instead of the system store; remembered with the session at login')
            [CompletionResult]::new('--max-response-size', '--max-response-size', [CompletionResultType]::ParameterName, 'Refuse answers larger than this: bytes, or a size such as 512KiB or 10MiB [default: 256MiB]')
            [CompletionResult]::new('--jq', '--jq', [CompletionResultType]::ParameterName, 'Run this jq program on the JSON output (in-process; no jq needed), as gh''s --jq: on each record of search, read, models, fields and export (the whole list with -o json), on the result of call (and of a button or wizard), on ping/status/cron --json. Each output is printed on a line of its own, strings raw (as jq -r), anything else as compact JSON. A bad program is exit 3 before anything is sent')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Print the plan (every module that would change, and how) and change nothing')
            [CompletionResult]::new('--insecure', '--insecure', [CompletionResultType]::ParameterName, 'Do not verify the server''s TLS certificate (prints a warning); remembered with the session at login')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Trace requests on stderr (-vv adds bodies); secrets are always redacted')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Trace requests on stderr (-vv adds bodies); secrets are always redacted')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print nothing but results (ping: nothing at all; use the exit code)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print nothing but results (ping: nothing at all; use the exit code)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to every question of this run: confirmations of deletes and bulk writes, and the server''s warnings ("do you want to proceed?")')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to every question of this run: confirmations of deletes and bulk writes, and the server''s warnings ("do you want to proceed?")')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'tryton-cli;module;upgrade' {
            [CompletionResult]::new('--url', '--url', [CompletionResultType]::ParameterName, 'Tryton server URL, e.g. http://127.0.0.1:8000 (also read from TRYTON_RPC_URL)')
            [CompletionResult]::new('-d', '-d', [CompletionResultType]::ParameterName, 'Database name')
            [CompletionResult]::new('--database', '--database', [CompletionResultType]::ParameterName, 'Database name')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Timeout for connecting, and for each read (search, read, export...): seconds, or a duration such as 500ms or 1m; 0 is no limit [default: 10]')
            [CompletionResult]::new('--write-timeout', '--write-timeout', [CompletionResultType]::ParameterName, 'Limit on a write (create, write, delete, import, button, wizard, report...) once it is sent: by default none, as the server may still commit a write it was given up on; a write cut short may have been applied. 0 is no limit [default: 0]')
            [CompletionResult]::new('--retries', '--retries', [CompletionResultType]::ParameterName, 'How often a failed request is sent again when that is safe [default: 3]; a proxy''s 502 or 503 for a read is retried for up to 30 s instead (0: never)')
            [CompletionResult]::new('-u', '-u', [CompletionResultType]::ParameterName, 'Login name (also picks the stored session when several users are logged in)')
            [CompletionResult]::new('--user', '--user', [CompletionResultType]::ParameterName, 'Login name (also picks the stored session when several users are logged in)')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile from the config file (~/.config/tryton-cli/config.toml)')
            [CompletionResult]::new('--session-store', '--session-store', [CompletionResultType]::ParameterName, 'Where sessions are kept: the OS keyring, a 0600 file, either (auto), or nowhere [default: auto]')
            [CompletionResult]::new('--password-file', '--password-file', [CompletionResultType]::ParameterName, 'Read the password from the first line of this file (it must not be readable by others)')
            [CompletionResult]::new('--cacert', '--cacert', [CompletionResultType]::ParameterName, 'Trust the certificates in this PEM file (a private CA) instead of the system store; remembered with the session at login')
            [CompletionResult]::new('--max-response-size', '--max-response-size', [CompletionResultType]::ParameterName, 'Refuse answers larger than this: bytes, or a size such as 512KiB or 10MiB [default: 256MiB]')
            [CompletionResult]::new('--jq', '--jq', [CompletionResultType]::ParameterName, 'Run this jq program on the JSON output (in-process; no jq needed), as gh''s --jq: on each record of search, read, models, fields and export (the whole list with -o json), on the result of call (and of a button or wizard), on ping/status/cron --json. Each output is printed on a line of its own, strings raw (as jq -r), anything else as compact JSON. A bad program is exit 3 before anything is sent')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Print the plan (every module that would change, and how) and change nothing')
            [CompletionResult]::new('--insecure', '--insecure', [CompletionResultType]::ParameterName, 'Do not verify the server''s TLS certificate (prints a warning); remembered with the session at login')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Trace requests on stderr (-vv adds bodies); secrets are always redacted')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Trace requests on stderr (-vv adds bodies); secrets are always redacted')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print nothing but results (ping: nothing at all; use the exit code)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print nothing but results (ping: nothing at all; use the exit code)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to every question of this run: confirmations of deletes and bulk writes, and the server''s warnings ("do you want to proceed?")')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to every question of this run: confirmations of deletes and bulk writes, and the server''s warnings ("do you want to proceed?")')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'tryton-cli;module;deactivate' {
            [CompletionResult]::new('--url', '--url', [CompletionResultType]::ParameterName, 'Tryton server URL, e.g. http://127.0.0.1:8000 (also read from TRYTON_RPC_URL)')
            [CompletionResult]::new('-d', '-d', [CompletionResultType]::ParameterName, 'Database name')
            [CompletionResult]::new('--database', '--database', [CompletionResultType]::ParameterName, 'Database name')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Timeout for connecting, and for each read (search, read, export...): seconds, or a duration such as 500ms or 1m; 0 is no limit [default: 10]')
            [CompletionResult]::new('--write-timeout', '--write-timeout', [CompletionResultType]::ParameterName, 'Limit on a write (create, write, delete, import, button, wizard, report...) once it is sent: by default none, as the server may still commit a write it was given up on; a write cut short may have been applied. 0 is no limit [default: 0]')
            [CompletionResult]::new('--retries', '--retries', [CompletionResultType]::ParameterName, 'How often a failed request is sent again when that is safe [default: 3]; a proxy''s 502 or 503 for a read is retried for up to 30 s instead (0: never)')
            [CompletionResult]::new('-u', '-u', [CompletionResultType]::ParameterName, 'Login name (also picks the stored session when several users are logged in)')
            [CompletionResult]::new('--user', '--user', [CompletionResultType]::ParameterName, 'Login name (also picks the stored session when several users are logged in)')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile from the config file (~/.config/tryton-cli/config.toml)')
            [CompletionResult]::new('--session-store', '--session-store', [CompletionResultType]::ParameterName, 'Where sessions are kept: the OS keyring, a 0600 file, either (auto), or nowhere [default: auto]')
            [CompletionResult]::new('--password-file', '--password-file', [CompletionResultType]::ParameterName, 'Read the password from the first line of this file (it must not be readable by others)')
            [CompletionResult]::new('--cacert', '--cacert', [CompletionResultType]::ParameterName, 'Trust the certificates in this PEM file (a private CA) instead of the system store; remembered with the session at login')
            [CompletionResult]::new('--max-response-size', '--max-response-size', [CompletionResultType]::ParameterName, 'Refuse answers larger than this: bytes, or a size such as 512KiB or 10MiB [default: 256MiB]')
            [CompletionResult]::new('--jq', '--jq', [CompletionResultType]::ParameterName, 'Run this jq program on the JSON output (in-process; no jq needed), as gh''s --jq: on each record of search, read, models, fields and export (the whole list with -o json), on the result of call (and of a button or wizard), on ping/status/cron --json. Each output is printed on a line of its own, strings raw (as jq -r), anything else as compact JSON. A bad program is exit 3 before anything is sent')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Print the plan (every module that would change, and how) and change nothing')
            [CompletionResult]::new('--insecure', '--insecure', [CompletionResultType]::ParameterName, 'Do not verify the server''s TLS certificate (prints a warning); remembered with the session at login')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Trace requests on stderr (-vv adds bodies); secrets are always redacted')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Trace requests on stderr (-vv adds bodies); secrets are always redacted')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print nothing but results (ping: nothing at all; use the exit code)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print nothing but results (ping: nothing at all; use the exit code)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to every question of this run: confirmations of deletes and bulk writes, and the server''s warnings ("do you want to proceed?")')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to every question of this run: confirmations of deletes and bulk writes, and the server''s warnings ("do you want to proceed?")')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'tryton-cli;module;cancel' {
            [CompletionResult]::new('--url', '--url', [CompletionResultType]::ParameterName, 'Tryton server URL, e.g. http://127.0.0.1:8000 (also read from TRYTON_RPC_URL)')
            [CompletionResult]::new('-d', '-d', [CompletionResultType]::ParameterName, 'Database name')
            [CompletionResult]::new('--database', '--database', [CompletionResultType]::ParameterName, 'Database name')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Timeout for connecting, and for each read (search, read, export...): seconds, or a duration such as 500ms or 1m; 0 is no limit [default: 10]')
            [CompletionResult]::new('--write-timeout', '--write-timeout', [CompletionResultType]::ParameterName, 'Limit on a write (create, write, delete, import, button, wizard, report...) once it is sent: by default none, as the server may still commit a write it was given up on; a write cut short may have been applied. 0 is no limit [default: 0]')
            [CompletionResult]::new('--retries', '--retries', [CompletionResultType]::ParameterName, 'How often a failed request is sent again when that is safe [default: 3]; a proxy''s 502 or 503 for a read is retried for up to 30 s instead (0: never)')
            [CompletionResult]::new('-u', '-u', [CompletionResultType]::ParameterName, 'Login name (also picks the stored session when several users are logged in)')
            [CompletionResult]::new('--user', '--user', [CompletionResultType]::ParameterName, 'Login name (also picks the stored session when several users are logged in)')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile from the config file (~/.config/tryton-cli/config.toml)')
            [CompletionResult]::new('--session-store', '--session-store', [CompletionResultType]::ParameterName, 'Where sessions are kept: the OS keyring, a 0600 file, either (auto), or nowhere [default: auto]')
            [CompletionResult]::new('--password-file', '--password-file', [CompletionResultType]::ParameterName, 'Read the password from the first line of this file (it must not be readable by others)')
            [CompletionResult]::new('--cacert', '--cacert', [CompletionResultType]::ParameterName, 'Trust the certificates in this PEM file (a private CA) instead of the system store; remembered with the session at login')
            [CompletionResult]::new('--max-response-size', '--max-response-size', [CompletionResultType]::ParameterName, 'Refuse answers larger than this: bytes, or a size such as 512KiB or 10MiB [default: 256MiB]')
            [CompletionResult]::new('--jq', '--jq', [CompletionResultType]::ParameterName, 'Run this jq program on the JSON output (in-process; no jq needed), as gh''s --jq: on each record of search, read, models, fields and export (the whole list with -o json), on the result of call (and of a button or wizard), on ping/status/cron --json. Each output is printed on a line of its own, strings raw (as jq -r), anything else as compact JSON. A bad program is exit 3 before anything is sent')
            [CompletionResult]::new('--insecure', '--insecure', [CompletionResultType]::ParameterName, 'Do not verify the server''s TLS certificate (prints a warning); remembered with the session at login')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Trace requests on stderr (-vv adds bodies); secrets are always redacted')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Trace requests on stderr (-vv adds bodies); secrets are always redacted')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print nothing but results (ping: nothing at all; use the exit code)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print nothing but results (ping: nothing at all; use the exit code)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to every question of this run: confirmations of deletes and bulk writes, and the server''s warnings ("do you want to proceed?")')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to every question of this run: confirmations of deletes and bulk writes, and the server''s warnings ("do you want to proceed?")')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'tryton-cli;module;help' {
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List the modules: name, state, version and what each depends on')
            [CompletionResult]::new('activate', 'activate', [CompletionResultType]::ParameterValue, 'Activate modules (and the modules they depend on)')
            [CompletionResult]::new('upgrade', 'upgrade', [CompletionResultType]::ParameterValue, 'Upgrade activated modules (and the activated modules that depend on them)')
            [CompletionResult]::new('deactivate', 'deactivate', [CompletionResultType]::ParameterValue, 'Deactivate modules (refused while an activated module depends on them)')
            [CompletionResult]::new('cancel', 'cancel', [CompletionResultType]::ParameterValue, 'Cancel a pending operation (modules left "to activate", "to upgrade" or "to remove")')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'tryton-cli;module;help;list' {
            break
        }
        'tryton-cli;module;help;activate' {
            break
        }
        'tryton-cli;module;help;upgrade' {
            break
        }
        'tryton-cli;module;help;deactivate' {
            break
        }
        'tryton-cli;module;help;cancel' {
            break
        }
        'tryton-cli;module;help;help' {
            break
        }
        'tryton-cli;user' {
            [CompletionResult]::new('--url', '--url', [CompletionResultType]::ParameterName, 'Tryton server URL, e.g. http://127.0.0.1:8000 (also read from TRYTON_RPC_URL)')
            [CompletionResult]::new('-d', '-d', [CompletionResultType]::ParameterName, 'Database name')
            [CompletionResult]::new('--database', '--database', [CompletionResultType]::ParameterName, 'Database name')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Timeout for connecting, and for each read (search, read, export...): seconds, or a duration such as 500ms or 1m; 0 is no limit [default: 10]')
            [CompletionResult]::new('--write-timeout', '--write-timeout', [CompletionResultType]::ParameterName, 'Limit on a write (create, write, delete, import, button, wizard, report...) once it is sent: by default none, as the server may still commit a write it was given up on; a write cut short may have been applied. 0 is no limit [default: 0]')
            [CompletionResult]::new('--retries', '--retries', [CompletionResultType]::ParameterName, 'How often a failed request is sent again when that is safe [default: 3]; a proxy''s 502 or 503 for a read is retried for up to 30 s instead (0: never)')
            [CompletionResult]::new('-u', '-u', [CompletionResultType]::ParameterName, 'Login name (also picks the stored session when several users are logged in)')
            [CompletionResult]::new('--user', '--user', [CompletionResultType]::ParameterName, 'Login name (also picks the stored session when several users are logged in)')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile from the config file (~/.config/tryton-cli/config.toml)')
            [CompletionResult]::new('--session-store', '--session-store', [CompletionResultType]::ParameterName, 'Where sessions are kept: the OS keyring, a 0600 file, either (auto), or nowhere [default: auto]')
            [CompletionResult]::new('--password-file', '--password-file', [CompletionResultType]::ParameterName, 'Read the password from the first line of this file (it must not be readable by others)')
            [CompletionResult]::new('--cacert', '--cacert', [CompletionResultType]::ParameterName, 'Trust the certificates in this PEM file (a private CA) instead of the system store; remembered with the session at login')
            [CompletionResult]::new('--max-response-size', '--max-response-size', [CompletionResultType]::ParameterName, 'Refuse answers larger than this: bytes, or a size such as 512KiB or 10MiB [default: 256MiB]')
            [CompletionResult]::new('--jq', '--jq', [CompletionResultType]::ParameterName, 'Run this jq program on the JSON output (in-process; no jq needed), as gh''s --jq: on each record of search, read, models, fields and export (the whole list with -o json), on the result of call (and of a button or wizard), on ping/status/cron --json. Each output is printed on a line of its own, strings raw (as jq -r), anything else as compact JSON. A bad program is exit 3 before anything is sent')
            [CompletionResult]::new('--insecure', '--insecure', [CompletionResultType]::ParameterName, 'Do not verify the server''s TLS certificate (prints a warning); remembered with the session at login')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Trace requests on stderr (-vv adds bodies); secrets are always redacted')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Trace requests on stderr (-vv adds bodies); secrets are always redacted')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print nothing but results (ping: nothing at all; use the exit code)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print nothing but results (ping: nothing at all; use the exit code)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to every question of this run: confirmations of deletes and bulk writes, and the server''s warnings ("do you want to proceed?")')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to every question of this run: confirmations of deletes and bulk writes, and the server''s warnings ("do you want to proceed?")')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List the users: login, name, email, active, groups')
            [CompletionResult]::new('add', 'add', [CompletionResultType]::ParameterValue, 'Create a user')
            [CompletionResult]::new('passwd', 'passwd', [CompletionResultType]::ParameterValue, 'Set a user''s password (yours too: the session is renewed with it)')
            [CompletionResult]::new('disable', 'disable', [CompletionResultType]::ParameterValue, 'Disable a user: the login is refused from then on, its sessions end (asks first)')
            [CompletionResult]::new('enable', 'enable', [CompletionResultType]::ParameterValue, 'Enable a disabled user')
            [CompletionResult]::new('groups', 'groups', [CompletionResultType]::ParameterValue, 'Show a user''s groups, or change them with --add and --remove')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'tryton-cli;user;list' {
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format [default: table on a terminal, ndjson when piped]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format [default: table on a terminal, ndjson when piped]')
            [CompletionResult]::new('--url', '--url', [CompletionResultType]::ParameterName, 'Tryton server URL, e.g. http://127.0.0.1:8000 (also read from TRYTON_RPC_URL)')
            [CompletionResult]::new('-d', '-d', [CompletionResultType]::ParameterName, 'Database name')
            [CompletionResult]::new('--database', '--database', [CompletionResultType]::ParameterName, 'Database name')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Timeout for connecting, and for each read (search, read, export...): seconds, or a duration such as 500ms or 1m; 0 is no limit [default: 10]')
            [CompletionResult]::new('--write-timeout', '--write-timeout', [CompletionResultType]::ParameterName, 'Limit on a write (create, write, delete, import, button, wizard, report...) once it is sent: by default none, as the server may still commit a write it was given up on; a write cut short may have been applied. 0 is no limit [default: 0]')
            [CompletionResult]::new('--retries', '--retries', [CompletionResultType]::ParameterName, 'How often a failed request is sent again when that is safe [default: 3]; a proxy''s 502 or 503 for a read is retried for up to 30 s instead (0: never)')
            [CompletionResult]::new('-u', '-u', [CompletionResultType]::ParameterName, 'Login name (also picks the stored session when several users are logged in)')
            [CompletionResult]::new('--user', '--user', [CompletionResultType]::ParameterName, 'Login name (also picks the stored session when several users are logged in)')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile from the config file (~/.config/tryton-cli/config.toml)')
            [CompletionResult]::new('--session-store', '--session-store', [CompletionResultType]::ParameterName, 'Where sessions are kept: the OS keyring, a 0600 file, either (auto), or nowhere [default: auto]')
            [CompletionResult]::new('--password-file', '--password-file', [CompletionResultType]::ParameterName, 'Read the password from the first line of this file (it must not be readable by others)')
            [CompletionResult]::new('--cacert', '--cacert', [CompletionResultType]::ParameterName, 'Trust the certificates in this PEM file (a private CA) instead of the system store; remembered with the session at login')
            [CompletionResult]::new('--max-response-size', '--max-response-size', [CompletionResultType]::ParameterName, 'Refuse answers larger than this: bytes, or a size such as 512KiB or 10MiB [default: 256MiB]')
            [CompletionResult]::new('--jq', '--jq', [CompletionResultType]::ParameterName, 'Run this jq program on the JSON output (in-process; no jq needed), as gh''s --jq: on each record of search, read, models, fields and export (the whole list with -o json), on the result of call (and of a button or wizard), on ping/status/cron --json. Each output is printed on a line of its own, strings raw (as jq -r), anything else as compact JSON. A bad program is exit 3 before anything is sent')
            [CompletionResult]::new('--all', '--all', [CompletionResultType]::ParameterName, 'Disabled users too')
            [CompletionResult]::new('--pretty', '--pretty', [CompletionResultType]::ParameterName, 'Indented JSON for -o json')
            [CompletionResult]::new('--tagged', '--tagged', [CompletionResultType]::ParameterName, 'JSON with Tryton''s tagged values as on the wire ({"__class__": "Decimal", ...}), e.g. to feed them back into call [default: plain JSON: ISO 8601 dates, exact decimal numbers, durations in seconds, bytes base64]')
            [CompletionResult]::new('--csv-safe', '--csv-safe', [CompletionResultType]::ParameterName, 'CSV for spreadsheets: cells starting with = + - @, a tab or a carriage return get a '' in front, so they are not run as formulas (numbers such as -12.50 stay as they are)')
            [CompletionResult]::new('--insecure', '--insecure', [CompletionResultType]::ParameterName, 'Do not verify the server''s TLS certificate (prints a warning); remembered with the session at login')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Trace requests on stderr (-vv adds bodies); secrets are always redacted')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Trace requests on stderr (-vv adds bodies); secrets are always redacted')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print nothing but results (ping: nothing at all; use the exit code)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print nothing but results (ping: nothing at all; use the exit code)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to every question of this run: confirmations of deletes and bulk writes, and the server''s warnings ("do you want to proceed?")')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to every question of this run: confirmations of deletes and bulk writes, and the server''s warnings ("do you want to proceed?")')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'tryton-cli;user;add' {
            [CompletionResult]::new('--name', '--name', [CompletionResultType]::ParameterName, 'Full name [default: the login]')
            [CompletionResult]::new('--email', '--email', [CompletionResultType]::ParameterName, 'Email address')
            [CompletionResult]::new('--group', '--group', [CompletionResultType]::ParameterName, 'A group to put the user in, by name (repeatable)')
            [CompletionResult]::new('--new-password-file', '--new-password-file', [CompletionResultType]::ParameterName, 'Read the user''s new password from the first line of this file (it must not be readable by others)')
            [CompletionResult]::new('--url', '--url', [CompletionResultType]::ParameterName, 'Tryton server URL, e.g. http://127.0.0.1:8000 (also read from TRYTON_RPC_URL)')
            [CompletionResult]::new('-d', '-d', [CompletionResultType]::ParameterName, 'Database name')
            [CompletionResult]::new('--database', '--database', [CompletionResultType]::ParameterName, 'Database name')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Timeout for connecting, and for each read (search, read, export...): seconds, or a duration such as 500ms or 1m; 0 is no limit [default: 10]')
            [CompletionResult]::new('--write-timeout', '--write-timeout', [CompletionResultType]::ParameterName, 'Limit on a write (create, write, delete, import, button, wizard, report...) once it is sent: by default none, as the server may still commit a write it was given up on; a write cut short may have been applied. 0 is no limit [default: 0]')
            [CompletionResult]::new('--retries', '--retries', [CompletionResultType]::ParameterName, 'How often a failed request is sent again when that is safe [default: 3]; a proxy''s 502 or 503 for a read is retried for up to 30 s instead (0: never)')
            [CompletionResult]::new('-u', '-u', [CompletionResultType]::ParameterName, 'Login name (also picks the stored session when several users are logged in)')
            [CompletionResult]::new('--user', '--user', [CompletionResultType]::ParameterName, 'Login name (also picks the stored session when several users are logged in)')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile from the config file (~/.config/tryton-cli/config.toml)')
            [CompletionResult]::new('--session-store', '--session-store', [CompletionResultType]::ParameterName, 'Where sessions are kept: the OS keyring, a 0600 file, either (auto), or nowhere [default: auto]')
            [CompletionResult]::new('--password-file', '--password-file', [CompletionResultType]::ParameterName, 'Read the password from the first line of this file (it must not be readable by others)')
            [CompletionResult]::new('--cacert', '--cacert', [CompletionResultType]::ParameterName, 'Trust the certificates in this PEM file (a private CA) instead of the system store; remembered with the session at login')
            [CompletionResult]::new('--max-response-size', '--max-response-size', [CompletionResultType]::ParameterName, 'Refuse answers larger than this: bytes, or a size such as 512KiB or 10MiB [default: 256MiB]')
            [CompletionResult]::new('--jq', '--jq', [CompletionResultType]::ParameterName, 'Run this jq program on the JSON output (in-process; no jq needed), as gh''s --jq: on each record of search, read, models, fields and export (the whole list with -o json), on the result of call (and of a button or wizard), on ping/status/cron --json. Each output is printed on a line of its own, strings raw (as jq -r), anything else as compact JSON. A bad program is exit 3 before anything is sent')
            [CompletionResult]::new('--password-stdin', '--password-stdin', [CompletionResultType]::ParameterName, 'Read the user''s new password from the first line of standard input')
            [CompletionResult]::new('--insecure', '--insecure', [CompletionResultType]::ParameterName, 'Do not verify the server''s TLS certificate (prints a warning); remembered with the session at login')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Trace requests on stderr (-vv adds bodies); secrets are always redacted')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Trace requests on stderr (-vv adds bodies); secrets are always redacted')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print nothing but results (ping: nothing at all; use the exit code)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print nothing but results (ping: nothing at all; use the exit code)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to every question of this run: confirmations of deletes and bulk writes, and the server''s warnings ("do you want to proceed?")')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to every question of this run: confirmations of deletes and bulk writes, and the server''s warnings ("do you want to proceed?")')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'tryton-cli;user;passwd' {
            [CompletionResult]::new('--new-password-file', '--new-password-file', [CompletionResultType]::ParameterName, 'Read the user''s new password from the first line of this file (it must not be readable by others)')
            [CompletionResult]::new('--url', '--url', [CompletionResultType]::ParameterName, 'Tryton server URL, e.g. http://127.0.0.1:8000 (also read from TRYTON_RPC_URL)')
            [CompletionResult]::new('-d', '-d', [CompletionResultType]::ParameterName, 'Database name')
            [CompletionResult]::new('--database', '--database', [CompletionResultType]::ParameterName, 'Database name')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Timeout for connecting, and for each read (search, read, export...): seconds, or a duration such as 500ms or 1m; 0 is no limit [default: 10]')
            [CompletionResult]::new('--write-timeout', '--write-timeout', [CompletionResultType]::ParameterName, 'Limit on a write (create, write, delete, import, button, wizard, report...) once it is sent: by default none, as the server may still commit a write it was given up on; a write cut short may have been applied. 0 is no limit [default: 0]')
            [CompletionResult]::new('--retries', '--retries', [CompletionResultType]::ParameterName, 'How often a failed request is sent again when that is safe [default: 3]; a proxy''s 502 or 503 for a read is retried for up to 30 s instead (0: never)')
            [CompletionResult]::new('-u', '-u', [CompletionResultType]::ParameterName, 'Login name (also picks the stored session when several users are logged in)')
            [CompletionResult]::new('--user', '--user', [CompletionResultType]::ParameterName, 'Login name (also picks the stored session when several users are logged in)')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile from the config file (~/.config/tryton-cli/config.toml)')
            [CompletionResult]::new('--session-store', '--session-store', [CompletionResultType]::ParameterName, 'Where sessions are kept: the OS keyring, a 0600 file, either (auto), or nowhere [default: auto]')
            [CompletionResult]::new('--password-file', '--password-file', [CompletionResultType]::ParameterName, 'Read the password from the first line of this file (it must not be readable by others)')
            [CompletionResult]::new('--cacert', '--cacert', [CompletionResultType]::ParameterName, 'Trust the certificates in this PEM file (a private CA) instead of the system store; remembered with the session at login')
            [CompletionResult]::new('--max-response-size', '--max-response-size', [CompletionResultType]::ParameterName, 'Refuse answers larger than this: bytes, or a size such as 512KiB or 10MiB [default: 256MiB]')
            [CompletionResult]::new('--jq', '--jq', [CompletionResultType]::ParameterName, 'Run this jq program on the JSON output (in-process; no jq needed), as gh''s --jq: on each record of search, read, models, fields and export (the whole list with -o json), on the result of call (and of a button or wizard), on ping/status/cron --json. Each output is printed on a line of its own, strings raw (as jq -r), anything else as compact JSON. A bad program is exit 3 before anything is sent')
            [CompletionResult]::new('--password-stdin', '--password-stdin', [CompletionResultType]::ParameterName, 'Read the user''s new password from the first line of standard input')
            [CompletionResult]::new('--insecure', '--insecure', [CompletionResultType]::ParameterName, 'Do not verify the server''s TLS certificate (prints a warning); remembered with the session at login')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Trace requests on stderr (-vv adds bodies); secrets are always redacted')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Trace requests on stderr (-vv adds bodies); secrets are always redacted')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print nothing but results (ping: nothing at all; use the exit code)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print nothing but results (ping: nothing at all; use the exit code)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to every question of this run: confirmations of deletes and bulk writes, and the server''s warnings ("do you want to proceed?")')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to every question of this run: confirmations of deletes and bulk writes, and the server''s warnings ("do you want to proceed?")')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'tryton-cli;user;disable' {
            [CompletionResult]::new('--url', '--url', [CompletionResultType]::ParameterName, 'Tryton server URL, e.g. http://127.0.0.1:8000 (also read from TRYTON_RPC_URL)')
            [CompletionResult]::new('-d', '-d', [CompletionResultType]::ParameterName, 'Database name')
            [CompletionResult]::new('--database', '--database', [CompletionResultType]::ParameterName, 'Database name')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Timeout for connecting, and for each read (search, read, export...): seconds, or a duration such as 500ms or 1m; 0 is no limit [default: 10]')
            [CompletionResult]::new('--write-timeout', '--write-timeout', [CompletionResultType]::ParameterName, 'Limit on a write (create, write, delete, import, button, wizard, report...) once it is sent: by default none, as the server may still commit a write it was given up on; a write cut short may have been applied. 0 is no limit [default: 0]')
            [CompletionResult]::new('--retries', '--retries', [CompletionResultType]::ParameterName, 'How often a failed request is sent again when that is safe [default: 3]; a proxy''s 502 or 503 for a read is retried for up to 30 s instead (0: never)')
            [CompletionResult]::new('-u', '-u', [CompletionResultType]::ParameterName, 'Login name (also picks the stored session when several users are logged in)')
            [CompletionResult]::new('--user', '--user', [CompletionResultType]::ParameterName, 'Login name (also picks the stored session when several users are logged in)')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile from the config file (~/.config/tryton-cli/config.toml)')
            [CompletionResult]::new('--session-store', '--session-store', [CompletionResultType]::ParameterName, 'Where sessions are kept: the OS keyring, a 0600 file, either (auto), or nowhere [default: auto]')
            [CompletionResult]::new('--password-file', '--password-file', [CompletionResultType]::ParameterName, 'Read the password from the first line of this file (it must not be readable by others)')
            [CompletionResult]::new('--cacert', '--cacert', [CompletionResultType]::ParameterName, 'Trust the certificates in this PEM file (a private CA) instead of the system store; remembered with the session at login')
            [CompletionResult]::new('--max-response-size', '--max-response-size', [CompletionResultType]::ParameterName, 'Refuse answers larger than this: bytes, or a size such as 512KiB or 10MiB [default: 256MiB]')
            [CompletionResult]::new('--jq', '--jq', [CompletionResultType]::ParameterName, 'Run this jq program on the JSON output (in-process; no jq needed), as gh''s --jq: on each record of search, read, models, fields and export (the whole list with -o json), on the result of call (and of a button or wizard), on ping/status/cron --json. Each output is printed on a line of its own, strings raw (as jq -r), anything else as compact JSON. A bad program is exit 3 before anything is sent')
            [CompletionResult]::new('--insecure', '--insecure', [CompletionResultType]::ParameterName, 'Do not verify the server''s TLS certificate (prints a warning); remembered with the session at login')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Trace requests on stderr (-vv adds bodies); secrets are always redacted')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Trace requests on stderr (-vv adds bodies); secrets are always redacted')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print nothing but results (ping: nothing at all; use the exit code)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print nothing but results (ping: nothing at all; use the exit code)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to every question of this run: confirmations of deletes and bulk writes, and the server''s warnings ("do you want to proceed?")')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to every question of this run: confirmations of deletes and bulk writes, and the server''s warnings ("do you want to proceed?")')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'tryton-cli;user;enable' {
            [CompletionResult]::new('--url', '--url', [CompletionResultType]::ParameterName, 'Tryton server URL, e.g. http://127.0.0.1:8000 (also read from TRYTON_RPC_URL)')
            [CompletionResult]::new('-d', '-d', [CompletionResultType]::ParameterName, 'Database name')
            [CompletionResult]::new('--database', '--database', [CompletionResultType]::ParameterName, 'Database name')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Timeout for connecting, and for each read (search, read, export...): seconds, or a duration such as 500ms or 1m; 0 is no limit [default: 10]')
            [CompletionResult]::new('--write-timeout', '--write-timeout', [CompletionResultType]::ParameterName, 'Limit on a write (create, write, delete, import, button, wizard, report...) once it is sent: by default none, as the server may still commit a write it was given up on; a write cut short may have been applied. 0 is no limit [default: 0]')
            [CompletionResult]::new('--retries', '--retries', [CompletionResultType]::ParameterName, 'How often a failed request is sent again when that is safe [default: 3]; a proxy''s 502 or 503 for a read is retried for up to 30 s instead (0: never)')
            [CompletionResult]::new('-u', '-u', [CompletionResultType]::ParameterName, 'Login name (also picks the stored session when several users are logged in)')
            [CompletionResult]::new('--user', '--user', [CompletionResultType]::ParameterName, 'Login name (also picks the stored session when several users are logged in)')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile from the config file (~/.config/tryton-cli/config.toml)')
            [CompletionResult]::new('--session-store', '--session-store', [CompletionResultType]::ParameterName, 'Where sessions are kept: the OS keyring, a 0600 file, either (auto), or nowhere [default: auto]')
            [CompletionResult]::new('--password-file', '--password-file', [CompletionResultType]::ParameterName, 'Read the password from the first line of this file (it must not be readable by others)')
            [CompletionResult]::new('--cacert', '--cacert', [CompletionResultType]::ParameterName, 'Trust the certificates in this PEM file (a private CA) instead of the system store; remembered with the session at login')
            [CompletionResult]::new('--max-response-size', '--max-response-size', [CompletionResultType]::ParameterName, 'Refuse answers larger than this: bytes, or a size such as 512KiB or 10MiB [default: 256MiB]')
            [CompletionResult]::new('--jq', '--jq', [CompletionResultType]::ParameterName, 'Run this jq program on the JSON output (in-process; no jq needed), as gh''s --jq: on each record of search, read, models, fields and export (the whole list with -o json), on the result of call (and of a button or wizard), on ping/status/cron --json. Each output is printed on a line of its own, strings raw (as jq -r), anything else as compact JSON. A bad program is exit 3 before anything is sent')
            [CompletionResult]::new('--insecure', '--insecure', [CompletionResultType]::ParameterName, 'Do not verify the server''s TLS certificate (prints a warning); remembered with the session at login')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Trace requests on stderr (-vv adds bodies); secrets are always redacted')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Trace requests on stderr (-vv adds bodies); secrets are always redacted')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print nothing but results (ping: nothing at all; use the exit code)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print nothing but results (ping: nothing at all; use the exit code)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to every question of this run: confirmations of deletes and bulk writes, and the server''s warnings ("do you want to proceed?")')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to every question of this run: confirmations of deletes and bulk writes, and the server''s warnings ("do you want to proceed?")')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'tryton-cli;user;groups' {
            [CompletionResult]::new('--add', '--add', [CompletionResultType]::ParameterName, 'Put the user in this group, by name (repeatable)')
            [CompletionResult]::new('--remove', '--remove', [CompletionResultType]::ParameterName, 'Take the user out of this group, by name (repeatable)')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format [default: table on a terminal, ndjson when piped]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format [default: table on a terminal, ndjson when piped]')
            [CompletionResult]::new('--url', '--url', [CompletionResultType]::ParameterName, 'Tryton server URL, e.g. http://127.0.0.1:8000 (also read from TRYTON_RPC_URL)')
            [CompletionResult]::new('-d', '-d', [CompletionResultType]::ParameterName, 'Database name')
            [CompletionResult]::new('--database', '--database', [CompletionResultType]::ParameterName, 'Database name')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Timeout for connecting, and for each read (search, read, export...): seconds, or a duration such as 500ms or 1m; 0 is no limit [default: 10]')
            [CompletionResult]::new('--write-timeout', '--write-timeout', [CompletionResultType]::ParameterName, 'Limit on a write (create, write, delete, import, button, wizard, report...) once it is sent: by default none, as the server may still commit a write it was given up on; a write cut short may have been applied. 0 is no limit [default: 0]')
            [CompletionResult]::new('--retries', '--retries', [CompletionResultType]::ParameterName, 'How often a failed request is sent again when that is safe [default: 3]; a proxy''s 502 or 503 for a read is retried for up to 30 s instead (0: never)')
            [CompletionResult]::new('-u', '-u', [CompletionResultType]::ParameterName, 'Login name (also picks the stored session when several users are logged in)')
            [CompletionResult]::new('--user', '--user', [CompletionResultType]::ParameterName, 'Login name (also picks the stored session when several users are logged in)')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile from the config file (~/.config/tryton-cli/config.toml)')
            [CompletionResult]::new('--session-store', '--session-store', [CompletionResultType]::ParameterName, 'Where sessions are kept: the OS keyring, a 0600 file, either (auto), or nowhere [default: auto]')
            [CompletionResult]::new('--password-file', '--password-file', [CompletionResultType]::ParameterName, 'Read the password from the first line of this file (it must not be readable by others)')
            [CompletionResult]::new('--cacert', '--cacert', [CompletionResultType]::ParameterName, 'Trust the certificates in this PEM file (a private CA) instead of the system store; remembered with the session at login')
            [CompletionResult]::new('--max-response-size', '--max-response-size', [CompletionResultType]::ParameterName, 'Refuse answers larger than this: bytes, or a size such as 512KiB or 10MiB [default: 256MiB]')
            [CompletionResult]::new('--jq', '--jq', [CompletionResultType]::ParameterName, 'Run this jq program on the JSON output (in-process; no jq needed), as gh''s --jq: on each record of search, read, models, fields and export (the whole list with -o json), on the result of call (and of a button or wizard), on ping/status/cron --json. Each output is printed on a line of its own, strings raw (as jq -r), anything else as compact JSON. A bad program is exit 3 before anything is sent')
            [CompletionResult]::new('--pretty', '--pretty', [CompletionResultType]::ParameterName, 'Indented JSON for -o json')
            [CompletionResult]::new('--tagged', '--tagged', [CompletionResultType]::ParameterName, 'JSON with Tryton''s tagged values as on the wire ({"__class__": "Decimal", ...}), e.g. to feed them back into call [default: plain JSON: ISO 8601 dates, exact decimal numbers, durations in seconds, bytes base64]')
            [CompletionResult]::new('--csv-safe', '--csv-safe', [CompletionResultType]::ParameterName, 'CSV for spreadsheets: cells starting with = + - @, a tab or a carriage return get a '' in front, so they are not run as formulas (numbers such as -12.50 stay as they are)')
            [CompletionResult]::new('--insecure', '--insecure', [CompletionResultType]::ParameterName, 'Do not verify the server''s TLS certificate (prints a warning); remembered with the session at login')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Trace requests on stderr (-vv adds bodies); secrets are always redacted')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Trace requests on stderr (-vv adds bodies); secrets are always redacted')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print nothing but results (ping: nothing at all; use the exit code)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print nothing but results (ping: nothing at all; use the exit code)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to every question of this run: confirmations of deletes and bulk writes, and the server''s warnings ("do you want to proceed?")')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to every question of this run: confirmations of deletes and bulk writes, and the server''s warnings ("do you want to proceed?")')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'tryton-cli;user;help' {
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List the users: login, name, email, active, groups')
            [CompletionResult]::new('add', 'add', [CompletionResultType]::ParameterValue, 'Create a user')
            [CompletionResult]::new('passwd', 'passwd', [CompletionResultType]::ParameterValue, 'Set a user''s password (yours too: the session is renewed with it)')
            [CompletionResult]::new('disable', 'disable', [CompletionResultType]::ParameterValue, 'Disable a user: the login is refused from then on, its sessions end (asks first)')
            [CompletionResult]::new('enable', 'enable', [CompletionResultType]::ParameterValue, 'Enable a disabled user')
            [CompletionResult]::new('groups', 'groups', [CompletionResultType]::ParameterValue, 'Show a user''s groups, or change them with --add and --remove')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'tryton-cli;user;help;list' {
            break
        }
        'tryton-cli;user;help;add' {
            break
        }
        'tryton-cli;user;help;passwd' {
            break
        }
        'tryton-cli;user;help;disable' {
            break
        }
        'tryton-cli;user;help;enable' {
            break
        }
        'tryton-cli;user;help;groups' {
            break
        }
        'tryton-cli;user;help;help' {
            break
        }
        'tryton-cli;lang' {
            [CompletionResult]::new('--url', '--url', [CompletionResultType]::ParameterName, 'Tryton server URL, e.g. http://127.0.0.1:8000 (also read from TRYTON_RPC_URL)')
            [CompletionResult]::new('-d', '-d', [CompletionResultType]::ParameterName, 'Database name')
            [CompletionResult]::new('--database', '--database', [CompletionResultType]::ParameterName, 'Database name')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Timeout for connecting, and for each read (search, read, export...): seconds, or a duration such as 500ms or 1m; 0 is no limit [default: 10]')
            [CompletionResult]::new('--write-timeout', '--write-timeout', [CompletionResultType]::ParameterName, 'Limit on a write (create, write, delete, import, button, wizard, report...) once it is sent: by default none, as the server may still commit a write it was given up on; a write cut short may have been applied. 0 is no limit [default: 0]')
            [CompletionResult]::new('--retries', '--retries', [CompletionResultType]::ParameterName, 'How often a failed request is sent again when that is safe [default: 3]; a proxy''s 502 or 503 for a read is retried for up to 30 s instead (0: never)')
            [CompletionResult]::new('-u', '-u', [CompletionResultType]::ParameterName, 'Login name (also picks the stored session when several users are logged in)')
            [CompletionResult]::new('--user', '--user', [CompletionResultType]::ParameterName, 'Login name (also picks the stored session when several users are logged in)')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile from the config file (~/.config/tryton-cli/config.toml)')
            [CompletionResult]::new('--session-store', '--session-store', [CompletionResultType]::ParameterName, 'Where sessions are kept: the OS keyring, a 0600 file, either (auto), or nowhere [default: auto]')
            [CompletionResult]::new('--password-file', '--password-file', [CompletionResultType]::ParameterName, 'Read the password from the first line of this file (it must not be readable by others)')
            [CompletionResult]::new('--cacert', '--cacert', [CompletionResultType]::ParameterName, 'Trust the certificates in this PEM file (a private CA) instead of the system store; remembered with the session at login')
            [CompletionResult]::new('--max-response-size', '--max-response-size', [CompletionResultType]::ParameterName, 'Refuse answers larger than this: bytes, or a size such as 512KiB or 10MiB [default: 256MiB]')
            [CompletionResult]::new('--jq', '--jq', [CompletionResultType]::ParameterName, 'Run this jq program on the JSON output (in-process; no jq needed), as gh''s --jq: on each record of search, read, models, fields and export (the whole list with -o json), on the result of call (and of a button or wizard), on ping/status/cron --json. Each output is printed on a line of its own, strings raw (as jq -r), anything else as compact JSON. A bad program is exit 3 before anything is sent')
            [CompletionResult]::new('--insecure', '--insecure', [CompletionResultType]::ParameterName, 'Do not verify the server''s TLS certificate (prints a warning); remembered with the session at login')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Trace requests on stderr (-vv adds bodies); secrets are always redacted')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Trace requests on stderr (-vv adds bodies); secrets are always redacted')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print nothing but results (ping: nothing at all; use the exit code)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print nothing but results (ping: nothing at all; use the exit code)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to every question of this run: confirmations of deletes and bulk writes, and the server''s warnings ("do you want to proceed?")')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to every question of this run: confirmations of deletes and bulk writes, and the server''s warnings ("do you want to proceed?")')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List the languages: code, name, whether translations are loaded, whether active')
            [CompletionResult]::new('load', 'load', [CompletionResultType]::ParameterValue, 'Load a language''s translations of the activated modules')
            [CompletionResult]::new('unload', 'unload', [CompletionResultType]::ParameterValue, 'Unload a language''s translations')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'tryton-cli;lang;list' {
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format [default: table on a terminal, ndjson when piped]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format [default: table on a terminal, ndjson when piped]')
            [CompletionResult]::new('--url', '--url', [CompletionResultType]::ParameterName, 'Tryton server URL, e.g. http://127.0.0.1:8000 (also read from TRYTON_RPC_URL)')
            [CompletionResult]::new('-d', '-d', [CompletionResultType]::ParameterName, 'Database name')
            [CompletionResult]::new('--database', '--database', [CompletionResultType]::ParameterName, 'Database name')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Timeout for connecting, and for each read (search, read, export...): seconds, or a duration such as 500ms or 1m; 0 is no limit [default: 10]')
            [CompletionResult]::new('--write-timeout', '--write-timeout', [CompletionResultType]::ParameterName, 'Limit on a write (create, write, delete, import, button, wizard, report...) once it is sent: by default none, as the server may still commit a write it was given up on; a write cut short may have been applied. 0 is no limit [default: 0]')
            [CompletionResult]::new('--retries', '--retries', [CompletionResultType]::ParameterName, 'How often a failed request is sent again when that is safe [default: 3]; a proxy''s 502 or 503 for a read is retried for up to 30 s instead (0: never)')
            [CompletionResult]::new('-u', '-u', [CompletionResultType]::ParameterName, 'Login name (also picks the stored session when several users are logged in)')
            [CompletionResult]::new('--user', '--user', [CompletionResultType]::ParameterName, 'Login name (also picks the stored session when several users are logged in)')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile from the config file (~/.config/tryton-cli/config.toml)')
            [CompletionResult]::new('--session-store', '--session-store', [CompletionResultType]::ParameterName, 'Where sessions are kept: the OS keyring, a 0600 file, either (auto), or nowhere [default: auto]')
            [CompletionResult]::new('--password-file', '--password-file', [CompletionResultType]::ParameterName, 'Read the password from the first line of this file (it must not be readable by others)')
            [CompletionResult]::new('--cacert', '--cacert', [CompletionResultType]::ParameterName, 'Trust the certificates in this PEM file (a private CA) instead of the system store; remembered with the session at login')
            [CompletionResult]::new('--max-response-size', '--max-response-size', [CompletionResultType]::ParameterName, 'Refuse answers larger than this: bytes, or a size such as 512KiB or 10MiB [default: 256MiB]')
            [CompletionResult]::new('--jq', '--jq', [CompletionResultType]::ParameterName, 'Run this jq program on the JSON output (in-process; no jq needed), as gh''s --jq: on each record of search, read, models, fields and export (the whole list with -o json), on the result of call (and of a button or wizard), on ping/status/cron --json. Each output is printed on a line of its own, strings raw (as jq -r), anything else as compact JSON. A bad program is exit 3 before anything is sent')
            [CompletionResult]::new('--pretty', '--pretty', [CompletionResultType]::ParameterName, 'Indented JSON for -o json')
            [CompletionResult]::new('--tagged', '--tagged', [CompletionResultType]::ParameterName, 'JSON with Tryton''s tagged values as on the wire ({"__class__": "Decimal", ...}), e.g. to feed them back into call [default: plain JSON: ISO 8601 dates, exact decimal numbers, durations in seconds, bytes base64]')
            [CompletionResult]::new('--csv-safe', '--csv-safe', [CompletionResultType]::ParameterName, 'CSV for spreadsheets: cells starting with = + - @, a tab or a carriage return get a '' in front, so they are not run as formulas (numbers such as -12.50 stay as they are)')
            [CompletionResult]::new('--insecure', '--insecure', [CompletionResultType]::ParameterName, 'Do not verify the server''s TLS certificate (prints a warning); remembered with the session at login')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Trace requests on stderr (-vv adds bodies); secrets are always redacted')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Trace requests on stderr (-vv adds bodies); secrets are always redacted')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print nothing but results (ping: nothing at all; use the exit code)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print nothing but results (ping: nothing at all; use the exit code)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to every question of this run: confirmations of deletes and bulk writes, and the server''s warnings ("do you want to proceed?")')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to every question of this run: confirmations of deletes and bulk writes, and the server''s warnings ("do you want to proceed?")')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'tryton-cli;lang;load' {
            [CompletionResult]::new('--url', '--url', [CompletionResultType]::ParameterName, 'Tryton server URL, e.g. http://127.0.0.1:8000 (also read from TRYTON_RPC_URL)')
            [CompletionResult]::new('-d', '-d', [CompletionResultType]::ParameterName, 'Database name')
            [CompletionResult]::new('--database', '--database', [CompletionResultType]::ParameterName, 'Database name')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Timeout for connecting, and for each read (search, read, export...): seconds, or a duration such as 500ms or 1m; 0 is no limit [default: 10]')
            [CompletionResult]::new('--write-timeout', '--write-timeout', [CompletionResultType]::ParameterName, 'Limit on a write (create, write, delete, import, button, wizard, report...) once it is sent: by default none, as the server may still commit a write it was given up on; a write cut short may have been applied. 0 is no limit [default: 0]')
            [CompletionResult]::new('--retries', '--retries', [CompletionResultType]::ParameterName, 'How often a failed request is sent again when that is safe [default: 3]; a proxy''s 502 or 503 for a read is retried for up to 30 s instead (0: never)')
            [CompletionResult]::new('-u', '-u', [CompletionResultType]::ParameterName, 'Login name (also picks the stored session when several users are logged in)')
            [CompletionResult]::new('--user', '--user', [CompletionResultType]::ParameterName, 'Login name (also picks the stored session when several users are logged in)')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile from the config file (~/.config/tryton-cli/config.toml)')
            [CompletionResult]::new('--session-store', '--session-store', [CompletionResultType]::ParameterName, 'Where sessions are kept: the OS keyring, a 0600 file, either (auto), or nowhere [default: auto]')
            [CompletionResult]::new('--password-file', '--password-file', [CompletionResultType]::ParameterName, 'Read the password from the first line of this file (it must not be readable by others)')
            [CompletionResult]::new('--cacert', '--cacert', [CompletionResultType]::ParameterName, 'Trust the certificates in this PEM file (a private CA) instead of the system store; remembered with the session at login')
            [CompletionResult]::new('--max-response-size', '--max-response-size', [CompletionResultType]::ParameterName, 'Refuse answers larger than this: bytes, or a size such as 512KiB or 10MiB [default: 256MiB]')
            [CompletionResult]::new('--jq', '--jq', [CompletionResultType]::ParameterName, 'Run this jq program on the JSON output (in-process; no jq needed), as gh''s --jq: on each record of search, read, models, fields and export (the whole list with -o json), on the result of call (and of a button or wizard), on ping/status/cron --json. Each output is printed on a line of its own, strings raw (as jq -r), anything else as compact JSON. A bad program is exit 3 before anything is sent')
            [CompletionResult]::new('--insecure', '--insecure', [CompletionResultType]::ParameterName, 'Do not verify the server''s TLS certificate (prints a warning); remembered with the session at login')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Trace requests on stderr (-vv adds bodies); secrets are always redacted')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Trace requests on stderr (-vv adds bodies); secrets are always redacted')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print nothing but results (ping: nothing at all; use the exit code)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print nothing but results (ping: nothing at all; use the exit code)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to every question of this run: confirmations of deletes and bulk writes, and the server''s warnings ("do you want to proceed?")')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to every question of this run: confirmations of deletes and bulk writes, and the server''s warnings ("do you want to proceed?")')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'tryton-cli;lang;unload' {
            [CompletionResult]::new('--url', '--url', [CompletionResultType]::ParameterName, 'Tryton server URL, e.g. http://127.0.0.1:8000 (also read from TRYTON_RPC_URL)')
            [CompletionResult]::new('-d', '-d', [CompletionResultType]::ParameterName, 'Database name')
            [CompletionResult]::new('--database', '--database', [CompletionResultType]::ParameterName, 'Database name')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Timeout for connecting, and for each read (search, read, export...): seconds, or a duration such as 500ms or 1m; 0 is no limit [default: 10]')
            [CompletionResult]::new('--write-timeout', '--write-timeout', [CompletionResultType]::ParameterName, 'Limit on a write (create, write, delete, import, button, wizard, report...) once it is sent: by default none, as the server may still commit a write it was given up on; a write cut short may have been applied. 0 is no limit [default: 0]')
            [CompletionResult]::new('--retries', '--retries', [CompletionResultType]::ParameterName, 'How often a failed request is sent again when that is safe [default: 3]; a proxy''s 502 or 503 for a read is retried for up to 30 s instead (0: never)')
            [CompletionResult]::new('-u', '-u', [CompletionResultType]::ParameterName, 'Login name (also picks the stored session when several users are logged in)')
            [CompletionResult]::new('--user', '--user', [CompletionResultType]::ParameterName, 'Login name (also picks the stored session when several users are logged in)')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile from the config file (~/.config/tryton-cli/config.toml)')
            [CompletionResult]::new('--session-store', '--session-store', [CompletionResultType]::ParameterName, 'Where sessions are kept: the OS keyring, a 0600 file, either (auto), or nowhere [default: auto]')
            [CompletionResult]::new('--password-file', '--password-file', [CompletionResultType]::ParameterName, 'Read the password from the first line of this file (it must not be readable by others)')
            [CompletionResult]::new('--cacert', '--cacert', [CompletionResultType]::ParameterName, 'Trust the certificates in this PEM file (a private CA) instead of the system store; remembered with the session at login')
            [CompletionResult]::new('--max-response-size', '--max-response-size', [CompletionResultType]::ParameterName, 'Refuse answers larger than this: bytes, or a size such as 512KiB or 10MiB [default: 256MiB]')
            [CompletionResult]::new('--jq', '--jq', [CompletionResultType]::ParameterName, 'Run this jq program on the JSON output (in-process; no jq needed), as gh''s --jq: on each record of search, read, models, fields and export (the whole list with -o json), on the result of call (and of a button or wizard), on ping/status/cron --json. Each output is printed on a line of its own, strings raw (as jq -r), anything else as compact JSON. A bad program is exit 3 before anything is sent')
            [CompletionResult]::new('--insecure', '--insecure', [CompletionResultType]::ParameterName, 'Do not verify the server''s TLS certificate (prints a warning); remembered with the session at login')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Trace requests on stderr (-vv adds bodies); secrets are always redacted')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Trace requests on stderr (-vv adds bodies); secrets are always redacted')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print nothing but results (ping: nothing at all; use the exit code)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print nothing but results (ping: nothing at all; use the exit code)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to every question of this run: confirmations of deletes and bulk writes, and the server''s warnings ("do you want to proceed?")')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to every question of this run: confirmations of deletes and bulk writes, and the server''s warnings ("do you want to proceed?")')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'tryton-cli;lang;help' {
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List the languages: code, name, whether translations are loaded, whether active')
            [CompletionResult]::new('load', 'load', [CompletionResultType]::ParameterValue, 'Load a language''s translations of the activated modules')
            [CompletionResult]::new('unload', 'unload', [CompletionResultType]::ParameterValue, 'Unload a language''s translations')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'tryton-cli;lang;help;list' {
            break
        }
        'tryton-cli;lang;help;load' {
            break
        }
        'tryton-cli;lang;help;unload' {
            break
        }
        'tryton-cli;lang;help;help' {
            break
        }
        'tryton-cli;plan' {
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'How the plan is shown')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'How the plan is shown')
            [CompletionResult]::new('--out', '--out', [CompletionResultType]::ParameterName, 'Also save the plan to this file, for ''apply PLANFILE''')
            [CompletionResult]::new('--url', '--url', [CompletionResultType]::ParameterName, 'Tryton server URL, e.g. http://127.0.0.1:8000 (also read from TRYTON_RPC_URL)')
            [CompletionResult]::new('-d', '-d', [CompletionResultType]::ParameterName, 'Database name')
            [CompletionResult]::new('--database', '--database', [CompletionResultType]::ParameterName, 'Database name')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Timeout for connecting, and for each read (search, read, export...): seconds, or a duration such as 500ms or 1m; 0 is no limit [default: 10]')
            [CompletionResult]::new('--write-timeout', '--write-timeout', [CompletionResultType]::ParameterName, 'Limit on a write (create, write, delete, import, button, wizard, report...) once it is sent: by default none, as the server may still commit a write it was given up on; a write cut short may have been applied. 0 is no limit [default: 0]')
            [CompletionResult]::new('--retries', '--retries', [CompletionResultType]::ParameterName, 'How often a failed request is sent again when that is safe [default: 3]; a proxy''s 502 or 503 for a read is retried for up to 30 s instead (0: never)')
            [CompletionResult]::new('-u', '-u', [CompletionResultType]::ParameterName, 'Login name (also picks the stored session when several users are logged in)')
            [CompletionResult]::new('--user', '--user', [CompletionResultType]::ParameterName, 'Login name (also picks the stored session when several users are logged in)')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile from the config file (~/.config/tryton-cli/config.toml)')
            [CompletionResult]::new('--session-store', '--session-store', [CompletionResultType]::ParameterName, 'Where sessions are kept: the OS keyring, a 0600 file, either (auto), or nowhere [default: auto]')
            [CompletionResult]::new('--password-file', '--password-file', [CompletionResultType]::ParameterName, 'Read the password from the first line of this file (it must not be readable by others)')
            [CompletionResult]::new('--cacert', '--cacert', [CompletionResultType]::ParameterName, 'Trust the certificates in this PEM file (a private CA) instead of the system store; remembered with the session at login')
            [CompletionResult]::new('--max-response-size', '--max-response-size', [CompletionResultType]::ParameterName, 'Refuse answers larger than this: bytes, or a size such as 512KiB or 10MiB [default: 256MiB]')
            [CompletionResult]::new('--jq', '--jq', [CompletionResultType]::ParameterName, 'Run this jq program on the JSON output (in-process; no jq needed), as gh''s --jq: on each record of search, read, models, fields and export (the whole list with -o json), on the result of call (and of a button or wizard), on ping/status/cron --json. Each output is printed on a line of its own, strings raw (as jq -r), anything else as compact JSON. A bad program is exit 3 before anything is sent')
            [CompletionResult]::new('--detailed-exitcode', '--detailed-exitcode', [CompletionResultType]::ParameterName, 'Exit 5 when there are changes to apply (0 when there are none), as terraform plan')
            [CompletionResult]::new('--insecure', '--insecure', [CompletionResultType]::ParameterName, 'Do not verify the server''s TLS certificate (prints a warning); remembered with the session at login')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Trace requests on stderr (-vv adds bodies); secrets are always redacted')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Trace requests on stderr (-vv adds bodies); secrets are always redacted')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print nothing but results (ping: nothing at all; use the exit code)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print nothing but results (ping: nothing at all; use the exit code)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to every question of this run: confirmations of deletes and bulk writes, and the server''s warnings ("do you want to proceed?")')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to every question of this run: confirmations of deletes and bulk writes, and the server''s warnings ("do you want to proceed?")')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'tryton-cli;apply' {
            [CompletionResult]::new('--url', '--url', [CompletionResultType]::ParameterName, 'Tryton server URL, e.g. http://127.0.0.1:8000 (also read from TRYTON_RPC_URL)')
            [CompletionResult]::new('-d', '-d', [CompletionResultType]::ParameterName, 'Database name')
            [CompletionResult]::new('--database', '--database', [CompletionResultType]::ParameterName, 'Database name')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Timeout for connecting, and for each read (search, read, export...): seconds, or a duration such as 500ms or 1m; 0 is no limit [default: 10]')
            [CompletionResult]::new('--write-timeout', '--write-timeout', [CompletionResultType]::ParameterName, 'Limit on a write (create, write, delete, import, button, wizard, report...) once it is sent: by default none, as the server may still commit a write it was given up on; a write cut short may have been applied. 0 is no limit [default: 0]')
            [CompletionResult]::new('--retries', '--retries', [CompletionResultType]::ParameterName, 'How often a failed request is sent again when that is safe [default: 3]; a proxy''s 502 or 503 for a read is retried for up to 30 s instead (0: never)')
            [CompletionResult]::new('-u', '-u', [CompletionResultType]::ParameterName, 'Login name (also picks the stored session when several users are logged in)')
            [CompletionResult]::new('--user', '--user', [CompletionResultType]::ParameterName, 'Login name (also picks the stored session when several users are logged in)')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile from the config file (~/.config/tryton-cli/config.toml)')
            [CompletionResult]::new('--session-store', '--session-store', [CompletionResultType]::ParameterName, 'Where sessions are kept: the OS keyring, a 0600 file, either (auto), or nowhere [default: auto]')
            [CompletionResult]::new('--password-file', '--password-file', [CompletionResultType]::ParameterName, 'Read the password from the first line of this file (it must not be readable by others)')
            [CompletionResult]::new('--cacert', '--cacert', [CompletionResultType]::ParameterName, 'Trust the certificates in this PEM file (a private CA) instead of the system store; remembered with the session at login')
            [CompletionResult]::new('--max-response-size', '--max-response-size', [CompletionResultType]::ParameterName, 'Refuse answers larger than this: bytes, or a size such as 512KiB or 10MiB [default: 256MiB]')
            [CompletionResult]::new('--jq', '--jq', [CompletionResultType]::ParameterName, 'Run this jq program on the JSON output (in-process; no jq needed), as gh''s --jq: on each record of search, read, models, fields and export (the whole list with -o json), on the result of call (and of a button or wizard), on ping/status/cron --json. Each output is printed on a line of its own, strings raw (as jq -r), anything else as compact JSON. A bad program is exit 3 before anything is sent')
            [CompletionResult]::new('--insecure', '--insecure', [CompletionResultType]::ParameterName, 'Do not verify the server''s TLS certificate (prints a warning); remembered with the session at login')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Trace requests on stderr (-vv adds bodies); secrets are always redacted')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Trace requests on stderr (-vv adds bodies); secrets are always redacted')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print nothing but results (ping: nothing at all; use the exit code)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print nothing but results (ping: nothing at all; use the exit code)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to every question of this run: confirmations of deletes and bulk writes, and the server''s warnings ("do you want to proceed?")')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to every question of this run: confirmations of deletes and bulk writes, and the server''s warnings ("do you want to proceed?")')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'tryton-cli;state' {
            [CompletionResult]::new('--url', '--url', [CompletionResultType]::ParameterName, 'Tryton server URL, e.g. http://127.0.0.1:8000 (also read from TRYTON_RPC_URL)')
            [CompletionResult]::new('-d', '-d', [CompletionResultType]::ParameterName, 'Database name')
            [CompletionResult]::new('--database', '--database', [CompletionResultType]::ParameterName, 'Database name')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Timeout for connecting, and for each read (search, read, export...): seconds, or a duration such as 500ms or 1m; 0 is no limit [default: 10]')
            [CompletionResult]::new('--write-timeout', '--write-timeout', [CompletionResultType]::ParameterName, 'Limit on a write (create, write, delete, import, button, wizard, report...) once it is sent: by default none, as the server may still commit a write it was given up on; a write cut short may have been applied. 0 is no limit [default: 0]')
            [CompletionResult]::new('--retries', '--retries', [CompletionResultType]::ParameterName, 'How often a failed request is sent again when that is safe [default: 3]; a proxy''s 502 or 503 for a read is retried for up to 30 s instead (0: never)')
            [CompletionResult]::new('-u', '-u', [CompletionResultType]::ParameterName, 'Login name (also picks the stored session when several users are logged in)')
            [CompletionResult]::new('--user', '--user', [CompletionResultType]::ParameterName, 'Login name (also picks the stored session when several users are logged in)')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile from the config file (~/.config/tryton-cli/config.toml)')
            [CompletionResult]::new('--session-store', '--session-store', [CompletionResultType]::ParameterName, 'Where sessions are kept: the OS keyring, a 0600 file, either (auto), or nowhere [default: auto]')
            [CompletionResult]::new('--password-file', '--password-file', [CompletionResultType]::ParameterName, 'Read the password from the first line of this file (it must not be readable by others)')
            [CompletionResult]::new('--cacert', '--cacert', [CompletionResultType]::ParameterName, 'Trust the certificates in this PEM file (a private CA) instead of the system store; remembered with the session at login')
            [CompletionResult]::new('--max-response-size', '--max-response-size', [CompletionResultType]::ParameterName, 'Refuse answers larger than this: bytes, or a size such as 512KiB or 10MiB [default: 256MiB]')
            [CompletionResult]::new('--jq', '--jq', [CompletionResultType]::ParameterName, 'Run this jq program on the JSON output (in-process; no jq needed), as gh''s --jq: on each record of search, read, models, fields and export (the whole list with -o json), on the result of call (and of a button or wizard), on ping/status/cron --json. Each output is printed on a line of its own, strings raw (as jq -r), anything else as compact JSON. A bad program is exit 3 before anything is sent')
            [CompletionResult]::new('--insecure', '--insecure', [CompletionResultType]::ParameterName, 'Do not verify the server''s TLS certificate (prints a warning); remembered with the session at login')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Trace requests on stderr (-vv adds bodies); secrets are always redacted')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Trace requests on stderr (-vv adds bodies); secrets are always redacted')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print nothing but results (ping: nothing at all; use the exit code)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print nothing but results (ping: nothing at all; use the exit code)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to every question of this run: confirmations of deletes and bulk writes, and the server''s warnings ("do you want to proceed?")')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to every question of this run: confirmations of deletes and bulk writes, and the server''s warnings ("do you want to proceed?")')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('export', 'export', [CompletionResultType]::ParameterValue, 'Write the records of a model as a file that plan/apply read (YAML)')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'tryton-cli;state;export' {
            [CompletionResult]::new('--where', '--where', [CompletionResultType]::ParameterName, 'Only the records this domain matches (short form or JSON, as for search)')
            [CompletionResult]::new('-f', '-f', [CompletionResultType]::ParameterName, 'The fields written, comma-separated [default: the model''s writable fields but one2many, binary and bookkeeping ones]')
            [CompletionResult]::new('--fields', '--fields', [CompletionResultType]::ParameterName, 'The fields written, comma-separated [default: the model''s writable fields but one2many, binary and bookkeeping ones]')
            [CompletionResult]::new('--children', '--children', [CompletionResultType]::ParameterName, 'One2many fields whose records are written inside their parent, keyed there')
            [CompletionResult]::new('--key', '--key', [CompletionResultType]::ParameterName, 'The natural key, comma-separated [default: the model''s default key]')
            [CompletionResult]::new('--url', '--url', [CompletionResultType]::ParameterName, 'Tryton server URL, e.g. http://127.0.0.1:8000 (also read from TRYTON_RPC_URL)')
            [CompletionResult]::new('-d', '-d', [CompletionResultType]::ParameterName, 'Database name')
            [CompletionResult]::new('--database', '--database', [CompletionResultType]::ParameterName, 'Database name')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Timeout for connecting, and for each read (search, read, export...): seconds, or a duration such as 500ms or 1m; 0 is no limit [default: 10]')
            [CompletionResult]::new('--write-timeout', '--write-timeout', [CompletionResultType]::ParameterName, 'Limit on a write (create, write, delete, import, button, wizard, report...) once it is sent: by default none, as the server may still commit a write it was given up on; a write cut short may have been applied. 0 is no limit [default: 0]')
            [CompletionResult]::new('--retries', '--retries', [CompletionResultType]::ParameterName, 'How often a failed request is sent again when that is safe [default: 3]; a proxy''s 502 or 503 for a read is retried for up to 30 s instead (0: never)')
            [CompletionResult]::new('-u', '-u', [CompletionResultType]::ParameterName, 'Login name (also picks the stored session when several users are logged in)')
            [CompletionResult]::new('--user', '--user', [CompletionResultType]::ParameterName, 'Login name (also picks the stored session when several users are logged in)')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile from the config file (~/.config/tryton-cli/config.toml)')
            [CompletionResult]::new('--session-store', '--session-store', [CompletionResultType]::ParameterName, 'Where sessions are kept: the OS keyring, a 0600 file, either (auto), or nowhere [default: auto]')
            [CompletionResult]::new('--password-file', '--password-file', [CompletionResultType]::ParameterName, 'Read the password from the first line of this file (it must not be readable by others)')
            [CompletionResult]::new('--cacert', '--cacert', [CompletionResultType]::ParameterName, 'Trust the certificates in this PEM file (a private CA) instead of the system store; remembered with the session at login')
            [CompletionResult]::new('--max-response-size', '--max-response-size', [CompletionResultType]::ParameterName, 'Refuse answers larger than this: bytes, or a size such as 512KiB or 10MiB [default: 256MiB]')
            [CompletionResult]::new('--jq', '--jq', [CompletionResultType]::ParameterName, 'Run this jq program on the JSON output (in-process; no jq needed), as gh''s --jq: on each record of search, read, models, fields and export (the whole list with -o json), on the result of call (and of a button or wizard), on ping/status/cron --json. Each output is printed on a line of its own, strings raw (as jq -r), anything else as compact JSON. A bad program is exit 3 before anything is sent')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Write JSON instead of YAML')
            [CompletionResult]::new('--insecure', '--insecure', [CompletionResultType]::ParameterName, 'Do not verify the server''s TLS certificate (prints a warning); remembered with the session at login')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Trace requests on stderr (-vv adds bodies); secrets are always redacted')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Trace requests on stderr (-vv adds bodies); secrets are always redacted')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print nothing but results (ping: nothing at all; use the exit code)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print nothing but results (ping: nothing at all; use the exit code)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to every question of this run: confirmations of deletes and bulk writes, and the server''s warnings ("do you want to proceed?")')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to every question of this run: confirmations of deletes and bulk writes, and the server''s warnings ("do you want to proceed?")')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'tryton-cli;state;help' {
            [CompletionResult]::new('export', 'export', [CompletionResultType]::ParameterValue, 'Write the records of a model as a file that plan/apply read (YAML)')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'tryton-cli;state;help;export' {
            break
        }
        'tryton-cli;state;help;help' {
            break
        }
        'tryton-cli;diff' {
            [CompletionResult]::new('--from', '--from', [CompletionResultType]::ParameterName, 'The profile (config file) whose records are the reference')
            [CompletionResult]::new('--to', '--to', [CompletionResultType]::ParameterName, 'The profile (config file) compared with it')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'How the plan is shown')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'How the plan is shown')
            [CompletionResult]::new('--url', '--url', [CompletionResultType]::ParameterName, 'Tryton server URL, e.g. http://127.0.0.1:8000 (also read from TRYTON_RPC_URL)')
            [CompletionResult]::new('-d', '-d', [CompletionResultType]::ParameterName, 'Database name')
            [CompletionResult]::new('--database', '--database', [CompletionResultType]::ParameterName, 'Database name')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Timeout for connecting, and for each read (search, read, export...): seconds, or a duration such as 500ms or 1m; 0 is no limit [default: 10]')
            [CompletionResult]::new('--write-timeout', '--write-timeout', [CompletionResultType]::ParameterName, 'Limit on a write (create, write, delete, import, button, wizard, report...) once it is sent: by default none, as the server may still commit a write it was given up on; a write cut short may have been applied. 0 is no limit [default: 0]')
            [CompletionResult]::new('--retries', '--retries', [CompletionResultType]::ParameterName, 'How often a failed request is sent again when that is safe [default: 3]; a proxy''s 502 or 503 for a read is retried for up to 30 s instead (0: never)')
            [CompletionResult]::new('-u', '-u', [CompletionResultType]::ParameterName, 'Login name (also picks the stored session when several users are logged in)')
            [CompletionResult]::new('--user', '--user', [CompletionResultType]::ParameterName, 'Login name (also picks the stored session when several users are logged in)')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile from the config file (~/.config/tryton-cli/config.toml)')
            [CompletionResult]::new('--session-store', '--session-store', [CompletionResultType]::ParameterName, 'Where sessions are kept: the OS keyring, a 0600 file, either (auto), or nowhere [default: auto]')
            [CompletionResult]::new('--password-file', '--password-file', [CompletionResultType]::ParameterName, 'Read the password from the first line of this file (it must not be readable by others)')
            [CompletionResult]::new('--cacert', '--cacert', [CompletionResultType]::ParameterName, 'Trust the certificates in this PEM file (a private CA) instead of the system store; remembered with the session at login')
            [CompletionResult]::new('--max-response-size', '--max-response-size', [CompletionResultType]::ParameterName, 'Refuse answers larger than this: bytes, or a size such as 512KiB or 10MiB [default: 256MiB]')
            [CompletionResult]::new('--jq', '--jq', [CompletionResultType]::ParameterName, 'Run this jq program on the JSON output (in-process; no jq needed), as gh''s --jq: on each record of search, read, models, fields and export (the whole list with -o json), on the result of call (and of a button or wizard), on ping/status/cron --json. Each output is printed on a line of its own, strings raw (as jq -r), anything else as compact JSON. A bad program is exit 3 before anything is sent')
            [CompletionResult]::new('--insecure', '--insecure', [CompletionResultType]::ParameterName, 'Do not verify the server''s TLS certificate (prints a warning); remembered with the session at login')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Trace requests on stderr (-vv adds bodies); secrets are always redacted')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Trace requests on stderr (-vv adds bodies); secrets are always redacted')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print nothing but results (ping: nothing at all; use the exit code)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print nothing but results (ping: nothing at all; use the exit code)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to every question of this run: confirmations of deletes and bulk writes, and the server''s warnings ("do you want to proceed?")')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to every question of this run: confirmations of deletes and bulk writes, and the server''s warnings ("do you want to proceed?")')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'tryton-cli;sync' {
            [CompletionResult]::new('--from', '--from', [CompletionResultType]::ParameterName, 'The profile (config file) whose records are the reference')
            [CompletionResult]::new('--to', '--to', [CompletionResultType]::ParameterName, 'The profile (config file) compared with it')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'How the plan is shown')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'How the plan is shown')
            [CompletionResult]::new('--url', '--url', [CompletionResultType]::ParameterName, 'Tryton server URL, e.g. http://127.0.0.1:8000 (also read from TRYTON_RPC_URL)')
            [CompletionResult]::new('-d', '-d', [CompletionResultType]::ParameterName, 'Database name')
            [CompletionResult]::new('--database', '--database', [CompletionResultType]::ParameterName, 'Database name')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Timeout for connecting, and for each read (search, read, export...): seconds, or a duration such as 500ms or 1m; 0 is no limit [default: 10]')
            [CompletionResult]::new('--write-timeout', '--write-timeout', [CompletionResultType]::ParameterName, 'Limit on a write (create, write, delete, import, button, wizard, report...) once it is sent: by default none, as the server may still commit a write it was given up on; a write cut short may have been applied. 0 is no limit [default: 0]')
            [CompletionResult]::new('--retries', '--retries', [CompletionResultType]::ParameterName, 'How often a failed request is sent again when that is safe [default: 3]; a proxy''s 502 or 503 for a read is retried for up to 30 s instead (0: never)')
            [CompletionResult]::new('-u', '-u', [CompletionResultType]::ParameterName, 'Login name (also picks the stored session when several users are logged in)')
            [CompletionResult]::new('--user', '--user', [CompletionResultType]::ParameterName, 'Login name (also picks the stored session when several users are logged in)')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile from the config file (~/.config/tryton-cli/config.toml)')
            [CompletionResult]::new('--session-store', '--session-store', [CompletionResultType]::ParameterName, 'Where sessions are kept: the OS keyring, a 0600 file, either (auto), or nowhere [default: auto]')
            [CompletionResult]::new('--password-file', '--password-file', [CompletionResultType]::ParameterName, 'Read the password from the first line of this file (it must not be readable by others)')
            [CompletionResult]::new('--cacert', '--cacert', [CompletionResultType]::ParameterName, 'Trust the certificates in this PEM file (a private CA) instead of the system store; remembered with the session at login')
            [CompletionResult]::new('--max-response-size', '--max-response-size', [CompletionResultType]::ParameterName, 'Refuse answers larger than this: bytes, or a size such as 512KiB or 10MiB [default: 256MiB]')
            [CompletionResult]::new('--jq', '--jq', [CompletionResultType]::ParameterName, 'Run this jq program on the JSON output (in-process; no jq needed), as gh''s --jq: on each record of search, read, models, fields and export (the whole list with -o json), on the result of call (and of a button or wizard), on ping/status/cron --json. Each output is printed on a line of its own, strings raw (as jq -r), anything else as compact JSON. A bad program is exit 3 before anything is sent')
            [CompletionResult]::new('--insecure', '--insecure', [CompletionResultType]::ParameterName, 'Do not verify the server''s TLS certificate (prints a warning); remembered with the session at login')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Trace requests on stderr (-vv adds bodies); secrets are always redacted')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Trace requests on stderr (-vv adds bodies); secrets are always redacted')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print nothing but results (ping: nothing at all; use the exit code)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print nothing but results (ping: nothing at all; use the exit code)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to every question of this run: confirmations of deletes and bulk writes, and the server''s warnings ("do you want to proceed?")')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to every question of this run: confirmations of deletes and bulk writes, and the server''s warnings ("do you want to proceed?")')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'tryton-cli;help' {
            [CompletionResult]::new('ping', 'ping', [CompletionResultType]::ParameterValue, 'Check that the server answers JSON-RPC (exit codes for scripts and CI)')
            [CompletionResult]::new('health', 'health', [CompletionResultType]::ParameterValue, 'Check many servers at once for monitoring: a table, JSON, Prometheus or Nagios')
            [CompletionResult]::new('login', 'login', [CompletionResultType]::ParameterValue, 'Log in and keep the session for later commands')
            [CompletionResult]::new('logout', 'logout', [CompletionResultType]::ParameterValue, 'Log out: end the session on the server and forget it here')
            [CompletionResult]::new('status', 'status', [CompletionResultType]::ParameterValue, 'Show the stored sessions and whether the server still accepts them')
            [CompletionResult]::new('switch', 'switch', [CompletionResultType]::ParameterValue, 'Make another stored session the current one (used when no --url, -d or -u is given)')
            [CompletionResult]::new('call', 'call', [CompletionResultType]::ParameterValue, 'Call any RPC method with JSON arguments')
            [CompletionResult]::new('search', 'search', [CompletionResultType]::ParameterValue, 'Query a model: domain, fields, order and limit, shown as a table, JSON, NDJSON or CSV')
            [CompletionResult]::new('read', 'read', [CompletionResultType]::ParameterValue, 'Read records by id')
            [CompletionResult]::new('models', 'models', [CompletionResultType]::ParameterValue, 'List the models (ir.model), optionally those whose name contains PATTERN')
            [CompletionResult]::new('fields', 'fields', [CompletionResultType]::ParameterValue, 'Show a model''s fields: name, type, label, relation, required, readonly')
            [CompletionResult]::new('export', 'export', [CompletionResultType]::ParameterValue, 'Export records with Tryton''s export_data: CSV as the desktop client writes it')
            [CompletionResult]::new('import', 'import', [CompletionResultType]::ParameterValue, 'Import a CSV file with Tryton''s import_data, in batches of records')
            [CompletionResult]::new('create', 'create', [CompletionResultType]::ParameterValue, 'Create records from NDJSON or a JSON array; prints the new ids')
            [CompletionResult]::new('write', 'write', [CompletionResultType]::ParameterValue, 'Write values to records by id or by domain (--where asks first)')
            [CompletionResult]::new('delete', 'delete', [CompletionResultType]::ParameterValue, 'Delete records by id or by domain (asks first; --yes without a terminal)')
            [CompletionResult]::new('report', 'report', [CompletionResultType]::ParameterValue, 'Run a report and write the document it makes (ODT, PDF, a zip of several) to a file')
            [CompletionResult]::new('wizard', 'wizard', [CompletionResultType]::ParameterValue, 'Run a wizard on records: its views filled from --data, its buttons pressed with --state')
            [CompletionResult]::new('button', 'button', [CompletionResultType]::ParameterValue, 'Press a button of records of a model (e.g. a cron''s "Run once")')
            [CompletionResult]::new('cron', 'cron', [CompletionResultType]::ParameterValue, 'List the scheduled actions (ir.cron), or check that none is late (--check)')
            [CompletionResult]::new('wait', 'wait', [CompletionResultType]::ParameterValue, 'Wait until the records a domain matches meet a condition (--for), as kubectl wait')
            [CompletionResult]::new('module', 'module', [CompletionResultType]::ParameterValue, 'Activate, upgrade or deactivate modules, with a plan before every change')
            [CompletionResult]::new('user', 'user', [CompletionResultType]::ParameterValue, 'List and add users, set passwords, disable or enable logins, change groups')
            [CompletionResult]::new('lang', 'lang', [CompletionResultType]::ParameterValue, 'List languages, load or unload their translations')
            [CompletionResult]::new('plan', 'plan', [CompletionResultType]::ParameterValue, 'Show what apply would change to make the server match a file of declared records')
            [CompletionResult]::new('apply', 'apply', [CompletionResultType]::ParameterValue, 'Make the server match a file of declared records (or a saved plan), plan first')
            [CompletionResult]::new('state', 'state', [CompletionResultType]::ParameterValue, 'Write existing records as a file that plan and apply read')
            [CompletionResult]::new('diff', 'diff', [CompletionResultType]::ParameterValue, 'Compare the records of two databases or servers (exit 5 when they differ)')
            [CompletionResult]::new('sync', 'sync', [CompletionResultType]::ParameterValue, 'Make one database match another for the records of a file or of models')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'tryton-cli;help;ping' {
            break
        }
        'tryton-cli;help;health' {
            break
        }
        'tryton-cli;help;login' {
            break
        }
        'tryton-cli;help;logout' {
            break
        }
        'tryton-cli;help;status' {
            break
        }
        'tryton-cli;help;switch' {
            break
        }
        'tryton-cli;help;call' {
            break
        }
        'tryton-cli;help;search' {
            break
        }
        'tryton-cli;help;read' {
            break
        }
        'tryton-cli;help;models' {
            break
        }
        'tryton-cli;help;fields' {
            break
        }
        'tryton-cli;help;export' {
            break
        }
        'tryton-cli;help;import' {
            break
        }
        'tryton-cli;help;create' {
            break
        }
        'tryton-cli;help;write' {
            break
        }
        'tryton-cli;help;delete' {
            break
        }
        'tryton-cli;help;report' {
            break
        }
        'tryton-cli;help;wizard' {
            break
        }
        'tryton-cli;help;button' {
            break
        }
        'tryton-cli;help;cron' {
            break
        }
        'tryton-cli;help;wait' {
            break
        }
        'tryton-cli;help;module' {
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List the modules: name, state, version and what each depends on')
            [CompletionResult]::new('activate', 'activate', [CompletionResultType]::ParameterValue, 'Activate modules (and the modules they depend on)')
            [CompletionResult]::new('upgrade', 'upgrade', [CompletionResultType]::ParameterValue, 'Upgrade activated modules (and the activated modules that depend on them)')
            [CompletionResult]::new('deactivate', 'deactivate', [CompletionResultType]::ParameterValue, 'Deactivate modules (refused while an activated module depends on them)')
            [CompletionResult]::new('cancel', 'cancel', [CompletionResultType]::ParameterValue, 'Cancel a pending operation (modules left "to activate", "to upgrade" or "to remove")')
            break
        }
        'tryton-cli;help;module;list' {
            break
        }
        'tryton-cli;help;module;activate' {
            break
        }
        'tryton-cli;help;module;upgrade' {
            break
        }
        'tryton-cli;help;module;deactivate' {
            break
        }
        'tryton-cli;help;module;cancel' {
            break
        }
        'tryton-cli;help;user' {
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List the users: login, name, email, active, groups')
            [CompletionResult]::new('add', 'add', [CompletionResultType]::ParameterValue, 'Create a user')
            [CompletionResult]::new('passwd', 'passwd', [CompletionResultType]::ParameterValue, 'Set a user''s password (yours too: the session is renewed with it)')
            [CompletionResult]::new('disable', 'disable', [CompletionResultType]::ParameterValue, 'Disable a user: the login is refused from then on, its sessions end (asks first)')
            [CompletionResult]::new('enable', 'enable', [CompletionResultType]::ParameterValue, 'Enable a disabled user')
            [CompletionResult]::new('groups', 'groups', [CompletionResultType]::ParameterValue, 'Show a user''s groups, or change them with --add and --remove')
            break
        }
        'tryton-cli;help;user;list' {
            break
        }
        'tryton-cli;help;user;add' {
            break
        }
        'tryton-cli;help;user;passwd' {
            break
        }
        'tryton-cli;help;user;disable' {
            break
        }
        'tryton-cli;help;user;enable' {
            break
        }
        'tryton-cli;help;user;groups' {
            break
        }
        'tryton-cli;help;lang' {
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List the languages: code, name, whether translations are loaded, whether active')
            [CompletionResult]::new('load', 'load', [CompletionResultType]::ParameterValue, 'Load a language''s translations of the activated modules')
            [CompletionResult]::new('unload', 'unload', [CompletionResultType]::ParameterValue, 'Unload a language''s translations')
            break
        }
        'tryton-cli;help;lang;list' {
            break
        }
        'tryton-cli;help;lang;load' {
            break
        }
        'tryton-cli;help;lang;unload' {
            break
        }
        'tryton-cli;help;plan' {
            break
        }
        'tryton-cli;help;apply' {
            break
        }
        'tryton-cli;help;state' {
            [CompletionResult]::new('export', 'export', [CompletionResultType]::ParameterValue, 'Write the records of a model as a file that plan/apply read (YAML)')
            break
        }
        'tryton-cli;help;state;export' {
            break
        }
        'tryton-cli;help;diff' {
            break
        }
        'tryton-cli;help;sync' {
            break
        }
        'tryton-cli;help;help' {
            break
        }
    })

    $completions.Where{ $_.CompletionText -like "$wordToComplete*" } |
        Sort-Object -Property ListItemText
}
