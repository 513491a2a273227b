
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
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Timeout for each request: seconds, or a duration such as 500ms or 1m [default: 10]')
            [CompletionResult]::new('--retries', '--retries', [CompletionResultType]::ParameterName, 'How often a failed request is sent again when that is safe [default: 3]')
            [CompletionResult]::new('--cacert', '--cacert', [CompletionResultType]::ParameterName, 'Trust the certificates in this PEM file (a private CA) instead of the system store')
            [CompletionResult]::new('--insecure', '--insecure', [CompletionResultType]::ParameterName, 'Do not verify the server''s TLS certificate (prints a warning)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Trace requests on stderr (-vv adds bodies); secrets are always redacted')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Trace requests on stderr (-vv adds bodies); secrets are always redacted')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print nothing but results (ping: nothing at all; use the exit code)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print nothing but results (ping: nothing at all; use the exit code)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('ping', 'ping', [CompletionResultType]::ParameterValue, 'Check that the server answers JSON-RPC (exit codes for scripts and CI)')
            [CompletionResult]::new('login', 'login', [CompletionResultType]::ParameterValue, 'Log in and keep the session for later commands')
            [CompletionResult]::new('call', 'call', [CompletionResultType]::ParameterValue, 'Call any RPC method with JSON arguments')
            [CompletionResult]::new('search', 'search', [CompletionResultType]::ParameterValue, 'Query a model: domain, fields, order and limit, shown as a table, JSON, NDJSON or CSV')
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
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Timeout for each request: seconds, or a duration such as 500ms or 1m [default: 10]')
            [CompletionResult]::new('--retries', '--retries', [CompletionResultType]::ParameterName, 'How often a failed request is sent again when that is safe [default: 3]')
            [CompletionResult]::new('--cacert', '--cacert', [CompletionResultType]::ParameterName, 'Trust the certificates in this PEM file (a private CA) instead of the system store')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print one JSON object instead of a line of text')
            [CompletionResult]::new('--insecure', '--insecure', [CompletionResultType]::ParameterName, 'Do not verify the server''s TLS certificate (prints a warning)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Trace requests on stderr (-vv adds bodies); secrets are always redacted')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Trace requests on stderr (-vv adds bodies); secrets are always redacted')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print nothing but results (ping: nothing at all; use the exit code)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print nothing but results (ping: nothing at all; use the exit code)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'tryton-cli;login' {
            [CompletionResult]::new('-u', '-u', [CompletionResultType]::ParameterName, 'Login name')
            [CompletionResult]::new('--user', '--user', [CompletionResultType]::ParameterName, 'Login name')
            [CompletionResult]::new('--url', '--url', [CompletionResultType]::ParameterName, 'Tryton server URL, e.g. http://127.0.0.1:8000 (also read from TRYTON_RPC_URL)')
            [CompletionResult]::new('-d', '-d', [CompletionResultType]::ParameterName, 'Database name')
            [CompletionResult]::new('--database', '--database', [CompletionResultType]::ParameterName, 'Database name')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Timeout for each request: seconds, or a duration such as 500ms or 1m [default: 10]')
            [CompletionResult]::new('--retries', '--retries', [CompletionResultType]::ParameterName, 'How often a failed request is sent again when that is safe [default: 3]')
            [CompletionResult]::new('--cacert', '--cacert', [CompletionResultType]::ParameterName, 'Trust the certificates in this PEM file (a private CA) instead of the system store')
            [CompletionResult]::new('--insecure', '--insecure', [CompletionResultType]::ParameterName, 'Do not verify the server''s TLS certificate (prints a warning)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Trace requests on stderr (-vv adds bodies); secrets are always redacted')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Trace requests on stderr (-vv adds bodies); secrets are always redacted')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print nothing but results (ping: nothing at all; use the exit code)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print nothing but results (ping: nothing at all; use the exit code)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'tryton-cli;call' {
            [CompletionResult]::new('--url', '--url', [CompletionResultType]::ParameterName, 'Tryton server URL, e.g. http://127.0.0.1:8000 (also read from TRYTON_RPC_URL)')
            [CompletionResult]::new('-d', '-d', [CompletionResultType]::ParameterName, 'Database name')
            [CompletionResult]::new('--database', '--database', [CompletionResultType]::ParameterName, 'Database name')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Timeout for each request: seconds, or a duration such as 500ms or 1m [default: 10]')
            [CompletionResult]::new('--retries', '--retries', [CompletionResultType]::ParameterName, 'How often a failed request is sent again when that is safe [default: 3]')
            [CompletionResult]::new('--cacert', '--cacert', [CompletionResultType]::ParameterName, 'Trust the certificates in this PEM file (a private CA) instead of the system store')
            [CompletionResult]::new('--insecure', '--insecure', [CompletionResultType]::ParameterName, 'Do not verify the server''s TLS certificate (prints a warning)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Trace requests on stderr (-vv adds bodies); secrets are always redacted')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Trace requests on stderr (-vv adds bodies); secrets are always redacted')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print nothing but results (ping: nothing at all; use the exit code)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print nothing but results (ping: nothing at all; use the exit code)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'tryton-cli;search' {
            [CompletionResult]::new('--url', '--url', [CompletionResultType]::ParameterName, 'Tryton server URL, e.g. http://127.0.0.1:8000 (also read from TRYTON_RPC_URL)')
            [CompletionResult]::new('-d', '-d', [CompletionResultType]::ParameterName, 'Database name')
            [CompletionResult]::new('--database', '--database', [CompletionResultType]::ParameterName, 'Database name')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Timeout for each request: seconds, or a duration such as 500ms or 1m [default: 10]')
            [CompletionResult]::new('--retries', '--retries', [CompletionResultType]::ParameterName, 'How often a failed request is sent again when that is safe [default: 3]')
            [CompletionResult]::new('--cacert', '--cacert', [CompletionResultType]::ParameterName, 'Trust the certificates in this PEM file (a private CA) instead of the system store')
            [CompletionResult]::new('--insecure', '--insecure', [CompletionResultType]::ParameterName, 'Do not verify the server''s TLS certificate (prints a warning)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Trace requests on stderr (-vv adds bodies); secrets are always redacted')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Trace requests on stderr (-vv adds bodies); secrets are always redacted')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print nothing but results (ping: nothing at all; use the exit code)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print nothing but results (ping: nothing at all; use the exit code)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'tryton-cli;help' {
            [CompletionResult]::new('ping', 'ping', [CompletionResultType]::ParameterValue, 'Check that the server answers JSON-RPC (exit codes for scripts and CI)')
            [CompletionResult]::new('login', 'login', [CompletionResultType]::ParameterValue, 'Log in and keep the session for later commands')
            [CompletionResult]::new('call', 'call', [CompletionResultType]::ParameterValue, 'Call any RPC method with JSON arguments')
            [CompletionResult]::new('search', 'search', [CompletionResultType]::ParameterValue, 'Query a model: domain, fields, order and limit, shown as a table, JSON, NDJSON or CSV')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'tryton-cli;help;ping' {
            break
        }
        'tryton-cli;help;login' {
            break
        }
        'tryton-cli;help;call' {
            break
        }
        'tryton-cli;help;search' {
            break
        }
        'tryton-cli;help;help' {
            break
        }
    })

    $completions.Where{ $_.CompletionText -like "$wordToComplete*" } |
        Sort-Object -Property ListItemText
}
