import ArgumentParser
import Veil

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

@main
struct VeilCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "veil",
        abstract: "Finds and redacts sensitive data (health, financial, IBAN, phone, ID) in chat messages.",
        discussion: """
            Reads one message per line on standard input and writes one line per message on standard output, in order.

            Exit codes: 0 every line was scanned; 1 some lines were withheld (over the size limit or a scan \
            failure) and replaced by an error record; 2 a pattern pack could not be loaded; 3 reading or writing \
            failed; 64 bad arguments; 130 or 143 stopped by SIGINT or SIGTERM after writing every line read.
            """,
        subcommands: [Redact.self, Scan.self, Reveal.self, Report.self, Rules.self, Profiles.self, Check.self],
        defaultSubcommand: Redact.self
    )
}

enum InputFormat: String, ExpressibleByArgument, CaseIterable {
    /// One message (or, with a profile, one payload) per line.
    case text, jsonl
    /// The whole input is one document: a pretty-printed payload (with `--profile` or `--path`).
    case json
}

/// Options shared by `redact` and `scan`.
struct FilterOptions: ParsableArguments {
    @Option(help: "Input format: 'text' (one message per line) or 'jsonl' (one JSON object per line).")
    var format: InputFormat = .text

    @Option(help: "In jsonl mode, the member that holds the message.")
    var field = "text"

    @Option(help: "Read each line (or, with --format json, the whole input) as a payload of this platform or API, and scan the text it holds where the platform puts it: \(PayloadProfile.builtIn.map(\.name).joined(separator: ", ")). 'veil profiles' lists what each reads.")
    var profile: String?

    @Option(name: .customLong("path"), help: "A JSONPath ($.a.b[*].c, $..text) to a string to scan in each JSON payload; repeat for several. Instead of --profile.")
    var paths: [String] = []

    @Option(help: "With --profile: what becomes of the sender's identifier (WhatsApp's from and wa_id, Twilio's From): 'keep' it as it came (the reply is routed by it), or 'replace' a sender's phone number as the policy replaces a phone number in a message (with --operator pseudonym, the same token). An identifier that is no phone number (a platform's user id) is kept.")
    var senders: PayloadScanner.SenderHandling = .keep

    @Option(help: "Remember each conversation's last message, so that a cue in it counts for a value in the next: where a JSON line's conversation key is (a JSONPath such as $.chat_id; a form field with a form profile), or 'profile' for the profile's own key (veil profiles lists them). At most 100,000 conversations, 160 bytes each, for 30 minutes; lines are then processed on one thread, in order.")
    var conversation: String?

    @Option(name: .customLong("hold-ms"), help: "With --conversation: how long a line whose message ends in a group with digits (the first part of a value split across two messages, 'DE89 3704') waits for its conversation's next line, which may show a value going on; lines after it wait with it, to keep input order. 0: never wait.")
    var holdMilliseconds = 2_000

    @Option(name: .customLong("pack"), help: "A pattern pack file to load; repeat for several. Its rules replace built-in rules with the same id.")
    var packs: [String] = []

    @Flag(help: "Do not load the built-in packs (use only --pack files).")
    var noBuiltinPacks = false

    @Option(help: "Lines (with --format json, the document) longer than this many bytes are withheld and replaced by an error record.")
    var maxLineBytes = 1 << 20

    @Option(help: "The most time one line may take to scan, over all rules, in milliseconds (0: no limit); a line that takes longer is withheld as a scan failure.")
    var timeBudgetMs = 5000

    @Flag(help: "Write each line as soon as it is processed (automatic when standard input is a terminal).")
    var lineBuffered = false

    @Flag(help: "Print counts per category and of bad input on standard error at the end.")
    var stats = false

    @Flag(help: "Let --pack rules replace built-in rules of the same id without a warning.")
    var replaceBuiltins = false

    @Option(help: "A policy file (TOML, see POLICY.md): operators per category and type, minimum confidences, allowed values and patterns, deny terms, the risk from which a line is withheld. The options below add to it.")
    var policy: String?

    @Option(help: "The file holding the key of the pseudonym and encrypt operators (at least 32 bytes; or set VEIL_KEY). Never the key itself on the command line.")
    var keyFile: String?

    @Option(help: "What pseudonyms are valid for: 'global' (default), 'day' (the UTC date a line is seen on), 'conversation' (each line's conversation, with --conversation), or any text (a tenant's id). Pseudonyms of different scopes are unrelated. Overrides the policy file's.")
    var pseudonymScope: String?

    @Option(help: "A file of values never redacted nor reported, one per line (the company's own hotline or IBAN); compared by canonical form, so spacing and case do not matter.")
    var allowFile: String?

    @Option(help: "Withhold a whole line, as an error record, when its risk reaches this level (low, medium, high, critical).")
    var withholdFrom: RiskLevel?

    @Option(help: "Append one JSON line per input line to this file: time, the line's id, per type the count, rules, confidences and operator, the risk; never a value or a byte of the message. 'veil report FILE' summarises it.")
    var audit: String?

    @Option(help: "Regions whose national phone numbers are recognised without a calling code, in order of preference (ISO 3166 codes, comma-separated). Numbers with + or 00 are checked against their own country always.")
    var phoneRegions = PhoneRegionList.default

    @Option(help: "Worker threads (1–\(Self.maximumJobs)); output keeps input order. Default: every online core.")
    var jobs = Int(sysconf(Int32(_SC_NPROCESSORS_ONLN)))

    /// The most worker threads `--jobs` takes: far more than any core count pays for, and few
    /// enough that the blocks in flight (2 × jobs + 2) and the threads stay bounded.
    static let maximumJobs = 256

    func validate() throws {
        guard maxLineBytes > 0 else { throw ValidationError("--max-line-bytes must be positive") }
        guard timeBudgetMs >= 0 else { throw ValidationError("--time-budget-ms must not be negative") }
        guard holdMilliseconds >= 0 else { throw ValidationError("--hold-ms must not be negative") }
        _ = try payloadProfile()
        if format == .json && profile == nil && paths.isEmpty {
            throw ValidationError("--format json reads one payload: it needs --profile or --path")
        }
        if senders == .replace && profile == nil {
            throw ValidationError("--senders replace needs --profile: a profile says where its senders' identifiers are")
        }
        _ = try conversationTracker()
        if pseudonymScope == "conversation" && conversation == nil {
            throw ValidationError("--pseudonym-scope conversation needs --conversation KEY: which conversation a line belongs to")
        }
        guard (1...Self.maximumJobs).contains(jobs) else { throw ValidationError("--jobs must be between 1 and \(Self.maximumJobs)") }
    }

    /// The scanner of the built-in packs, `--pack` files and the policy's deny terms. Fails
    /// closed (exit 2) when no rule would run, and when a rule of a `--pack` file misses one of
    /// its own examples or finds a counter-example; warns when a `--pack` rule replaces a
    /// built-in one, unless told not to.
    func makeScanner(policyPack: PatternPack? = nil) throws -> MessageScanner {
        do {
            let builtIn = noBuiltinPacks ? [] : try PatternPack.builtIn()
            let added = try self.packs.map { path throws(PackError) in try PatternPack(contentsOfFile: path) } + (policyPack.map { [$0] } ?? [])
            guard added.contains(where: { !$0.rules.isEmpty }) || !builtIn.isEmpty else {
                printError("veil: no rules to run: --no-builtin-packs needs at least one --pack")
                throw ExitCode(2)
            }
            let builtInRules = Dictionary(builtIn.flatMap { pack in pack.rules.map { ($0.id, pack.source) } }, uniquingKeysWith: { first, _ in first })
            for pack in added {
                for rule in pack.rules {
                    guard !replaceBuiltins, let replaced = builtInRules[rule.id] else { continue }
                    printError("veil: warning: rule '\(rule.id)' of \(pack.source) replaces the built-in rule '\(rule.id)' of \(replaced) (--replace-builtins silences this)")
                }
            }
            let scanner = try MessageScanner(packs: builtIn + added, validators: phoneRegions.validators,
                                      timeBudget: timeBudgetMs == 0 ? .zero : .milliseconds(timeBudgetMs))
            let addedRules = Set(added.flatMap { $0.rules.map(\.id) })
            let failures = addedRules.isEmpty ? [] : scanner.verifyRuleExamples(of: addedRules)
            guard failures.isEmpty else {
                for failure in failures { printError("veil: rule '\(failure.ruleID)': \(failure.problem): \(failure.example)") }
                throw ExitCode(2)
            }
            return scanner
        } catch let error as ExitCode {
            throw error
        } catch {
            printError("veil: \(error)")
            throw ExitCode(2)
        }
    }

    /// The payload profile of `--profile` or `--path`, nil without either; a usage error for an
    /// unknown profile, a path that does not parse, or both options at once.
    func payloadProfile() throws -> PayloadProfile? {
        if let profile {
            guard paths.isEmpty else { throw ValidationError("--profile and --path exclude each other") }
            guard let found = PayloadProfile.named(profile) else {
                throw ValidationError("unknown profile '\(profile)'; known: \(PayloadProfile.builtIn.map(\.name).joined(separator: ", "))")
            }
            return found
        }
        guard !paths.isEmpty else { return nil }
        do {
            return PayloadProfile(name: "path", paths: try paths.map { path throws(JSONPathError) in try JSONPath(path) })
        } catch {
            throw ValidationError(error.description)
        }
    }

    /// The key of `--key-file`, else of `VEIL_KEY`; a usage error (exit 64) when there is none or it is short.
    func key(for purpose: String) throws -> VeilKey {
        try loadKey(file: keyFile, for: purpose)
    }

    /// The policy of `--policy` and the options (findings written in `style` when it is given,
    /// by `--operator` or `--mask`), and the pack of its deny terms. `writesValues` is false for
    /// `veil scan`, which needs no key.
    func policy(style: RedactionStyle?, writesValues: Bool) throws -> (RedactionPolicy, PatternPack?) {
        var policy = RedactionPolicy()
        var denyPack: PatternPack?
        if let path = self.policy {
            do {
                let text = try PolicyFile.text(ofFile: path)
                let key = writesValues && PolicyFile.needsKey(toml: text) ? try key(for: "the policy's pseudonym or encrypt operator") : nil
                let file = try PolicyFile(toml: text, source: path, key: key, pseudonymScope: pseudonymScope, writesValues: writesValues)
                policy = file.policy
                denyPack = file.denyPack
            } catch let error as PolicyError {
                printError("veil: \(error)")
                throw ExitCode(2)
            }
        }
        if let style { policy.style = style }
        if let withholdFrom { policy.withholdFrom = withholdFrom }
        if let allowFile {
            guard let values = RedactionPolicy.allowedValues(contentsOfFile: allowFile) else {
                throw ValidationError("cannot read the allow file \(allowFile) as UTF-8 text")
            }
            policy.allowedValues += values
        }
        return (policy, denyPack)
    }

    /// The conversation memory of `--conversation`, nil without it; a usage error when the
    /// key cannot be read (`profile` without a profile that has one, a bad path, text lines).
    func conversationTracker() throws -> ConversationTracker? {
        guard let conversation else { return nil }
        guard format != .text || profile != nil || !paths.isEmpty else {
            throw ValidationError("--conversation reads a key from JSON lines or payloads: use --format jsonl, --profile or --path")
        }
        let profile = try payloadProfile()
        var keys = [conversation]
        if conversation == "profile" {
            guard let profile, !profile.conversationKeys.isEmpty else {
                throw ValidationError("--conversation profile needs a --profile that names its conversation key (veil profiles)")
            }
            keys = profile.conversationKeys
        }
        do {
            return try ConversationTracker(keys: keys, form: profile?.encoding == .form, memory: ConversationMemory(),
                                           holdTime: .milliseconds(holdMilliseconds))
        } catch {
            throw ValidationError("--conversation: \(error)")
        }
    }

    func run(redacts: Bool, style: RedactionStyle?) throws {
        let (policy, denyPack) = try policy(style: style, writesValues: redacts)
        let scanner = try makeScanner(policyPack: denyPack)
        var processor: LineProcessor
        if let profile = try payloadProfile() {
            processor = LineProcessor(payloads: try PayloadScanner(scanner: scanner, profile: profile, policy: policy, senders: senders),
                                      sink: PayloadSink(redaction: redacts ? policy : nil))
        } else {
            let sink: OutputSink = format == .jsonl ? JSONLSink(redaction: redacts ? policy : nil, field: field)
                : TextSink(redaction: redacts ? policy : nil)
            processor = LineProcessor(scanner: scanner, sink: sink, jsonField: format == .jsonl ? field : nil, policy: policy)
        }
        var auditWriter: OutputWriter?
        if let audit {
            let descriptor = open(audit, O_WRONLY | O_CREAT | O_APPEND | O_CLOEXEC, 0o600)
            guard descriptor >= 0 else {
                printError("veil: cannot open the audit log \(audit): \(String(cString: strerror(errno)))")
                throw ExitCode(3)
            }
            auditWriter = OutputWriter(descriptor: descriptor)
        }
        // A conversation's messages must be scanned in order: one worker.
        processor.conversations = try conversationTracker()
        var filter = FilterRun(processor: processor, jobs: processor.conversations == nil ? jobs : 1, audit: auditWriter.map { ($0, redacts) })
        // Line-buffered, a block is one line: each is written as soon as it is scanned.
        let linePerBlock = lineBuffered || isatty(STDIN_FILENO) == 1
        var reader = LineReader(descriptor: STDIN_FILENO, maxLineBytes: maxLineBytes, maxBlockLines: linePerBlock ? 1 : 4096)
        // A closed output pipe (`veil | head -1`) is a failed write, exit 3, not death by SIGPIPE (141).
        signal(SIGPIPE, SIG_IGN)
        StopSignals.install()
        do {
            if format == .json {
                try filter.run(document: InputBlock.document(from: STDIN_FILENO, maxBytes: maxLineBytes),
                               output: OutputWriter(descriptor: STDOUT_FILENO))
            } else {
                try filter.run(reader: &reader, output: OutputWriter(descriptor: STDOUT_FILENO))
            }
        } catch {
            printError("veil: \(error)")
            throw ExitCode(3)
        }
        if stats { printError(filter.statistics.report, terminator: "") }
        if let signal = StopSignals.requested { throw ExitCode(128 + signal) }
        if filter.statistics.withheldLines > 0 { throw ExitCode(1) }
    }
}

/// `--phone-regions`: the built-in validators with the phone validator's home regions, checked
/// when the argument is parsed (an unknown region is a usage error, exit 64).
struct PhoneRegionList: ExpressibleByArgument {
    let regions: [String]
    let validators: [Validator]

    static let `default` = PhoneRegionList(regions: Validator.defaultPhoneRegions, validators: Validator.builtIn)

    private init(regions: [String], validators: [Validator]) {
        self.regions = regions
        self.validators = validators
    }

    init?(argument: String) {
        let regions = argument.split(separator: ",").map { $0.filter { $0 != " " }.uppercased() }
        guard !regions.isEmpty, let validators = try? Validator.builtIn(phoneRegions: regions) else { return nil }
        self.init(regions: regions, validators: validators)
    }

    var defaultValueDescription: String { regions.joined(separator: ",") }
}

/// Writes to standard error unbuffered.
func printError(_ message: String, terminator: String = "\n") {
    let text = message + terminator
    _ = text.utf8CString.withUnsafeBufferPointer { write(STDERR_FILENO, $0.baseAddress, $0.count - 1) }
}

struct Redact: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Write each message with its sensitive data replaced (the default command).")

    @OptionGroup var options: FilterOptions

    @Flag(help: "Mask letters and digits but the last four (DE** **** **** **** **30 00) instead of writing [TYPE]; the same as --operator mask.")
    var mask = false

    @Option(name: .customLong("operator"), help: "How findings are written: label ([IBAN]), mask, pseudonym ([IBAN:7f3a9c2e], keyed: the same value gives the same token), encrypt ([IBAN:enc:…], reversible with 'veil reveal'), keep. Overrides the policy file's default operator.")
    var operatorName: OperatorName?

    func validate() throws {
        if mask && operatorName != nil && operatorName != .mask { throw ValidationError("--mask and --operator \(operatorName!.rawValue) exclude each other") }
    }

    func run() throws {
        let style: RedactionStyle?
        switch operatorName ?? (mask ? .mask : nil) {
        case nil: style = nil
        case .label?: style = .label
        case .mask?: style = .mask
        case .keep?: style = .keep
        case .pseudonym?: style = .pseudonym(Pseudonymizer(key: try options.key(for: "pseudonym"), scope: options.pseudonymScope ?? "global"))
        case .encrypt?: style = .seal(TokenSealer(key: try options.key(for: "encrypt")))
        }
        try options.run(redacts: true, style: style)
    }
}

/// `--operator`.
enum OperatorName: String, ExpressibleByArgument, CaseIterable {
    case label, mask, pseudonym, encrypt, keep
}

extension RiskLevel: ExpressibleByArgument {}

/// The key of `--key-file`, else of `VEIL_KEY`; a usage error (exit 64) when there is none or it is short.
func loadKey(file: String?, for purpose: String) throws -> VeilKey {
    do {
        if let file { return try VeilKey(contentsOfFile: file) }
        if let key = try VeilKey(environment: "VEIL_KEY") { return key }
    } catch {
        throw ValidationError("\(error)")
    }
    throw ValidationError("\(purpose) needs a key: --key-file FILE or the environment variable VEIL_KEY (at least \(VeilKey.minimumBytes) bytes)")
}

struct Scan: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Report findings and risk for each message without changing it.")

    @OptionGroup var options: FilterOptions

    func run() throws {
        try options.run(redacts: false, style: nil)
    }
}

struct Rules: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "List the rules that would run, with their validator and whether its check is strong or weak.")

    @Option(name: .customLong("pack"), help: "A pattern pack file to load; repeat for several.")
    var packs: [String] = []

    @Flag(help: "Do not load the built-in packs.")
    var noBuiltinPacks = false

    func run() throws {
        let options = try FilterOptions.parse((noBuiltinPacks ? ["--no-builtin-packs"] : []) + packs.flatMap { ["--pack", $0] })
        let scanner = try options.makeScanner()
        let strength = Dictionary(Validator.builtIn.map { ($0.name, $0.isStrong ? "strong" : "weak") }, uniquingKeysWith: { first, _ in first })
        print("id\tcategory\ttype\tvalidator\tcheck")
        for rule in scanner.rules {
            let check = rule.validator.flatMap { strength[$0] } ?? "-"
            print("\(rule.id)\t\(rule.category.rawValue)\t\(rule.type)\t\(rule.validator ?? "-")\t\(check)")
        }
    }
}

struct Reveal: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Restore the values of 'veil redact --operator encrypt' tokens in each line, with the key they were sealed with.",
        discussion: "A line with a token the key does not open (changed, or sealed with another key) is written as [VEIL ERROR: token_rejected], nothing of it revealed, and veil exits 1.")

    @Option(help: "The file holding the key (or set VEIL_KEY).")
    var keyFile: String?

    @Option(help: "'text', or 'jsonl': revealed values are written escaped as JSON string content.")
    var format: InputFormat = .text

    func run() throws {
        let sealer = TokenSealer(key: try loadKey(file: keyFile, for: "reveal"))
        var rejected = 0
        while let line = readLine(strippingNewline: true) {
            do {
                print(try sealer.reveal(line, escapingForJSON: format != .text))
            } catch {
                rejected += 1
                printError("veil: line \(rejected): \(error)")
                print(format == .text ? "[VEIL ERROR: token_rejected]" : #"{"veil":{"error":"token_rejected"}}"#)
            }
        }
        if rejected > 0 { throw ExitCode(1) }
    }
}

struct Report: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Sum up an audit log (--audit FILE) per day and category, as Markdown tables.")

    @Argument(help: "The audit log.")
    var file: String

    func run() throws {
        guard let input = fopen(file, "r") else { throw ValidationError("cannot read \(file)") }
        defer { fclose(input) }
        var report = AuditReport()
        var line: UnsafeMutablePointer<CChar>?
        var capacity = 0
        while getline(&line, &capacity, input) > 0 {
            let text = String(cString: line!)
            report.add(text.hasSuffix("\n") ? text.dropLast() : text[...])
        }
        free(line)
        print(report.table, terminator: "")
    }
}

struct Profiles: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "List the payload profiles: where each reads the text it scans, and where the sender's identifier sits (kept, or replaced when a phone number with --senders replace).")

    func run() throws {
        for profile in PayloadProfile.builtIn {
            print("\(profile.name) (\(profile.encoding.rawValue)): \(profile.summary)")
            for path in profile.paths { print("  scans  \(path)") }
            for field in profile.formFields { print("  scans  field \(field)") }
            for sender in profile.senderPaths { print("  sender \(sender) (kept; --senders replace replaces a phone number)") }
            for key in profile.conversationKeys { print("  conversation key  \(key) (--conversation profile)") }
        }
    }
}

struct Check: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Run one validator on candidate values, one per line; print valid (with what it told, such as a phone number's region and type), valid-prefix, invalid or no-opinion.")

    @Argument(help: "The validator's name, as pattern packs use it.")
    var validator: String

    @Option(help: "Home regions of the phone validator (ISO 3166 codes, comma-separated).")
    var phoneRegions = PhoneRegionList.default

    func run() throws {
        guard let check = phoneRegions.validators.first(where: { $0.name == validator }) else {
            throw ValidationError("unknown validator '\(validator)'; known: \(Validator.builtIn.map(\.name).sorted().joined(separator: ", "))")
        }
        while let line = readLine() {
            switch check(Substring(line)) {
            case .valid: print("valid")
            case .validAs(let detail): print("valid \(detail.region) \(detail.kind)")
            case .validPrefix: print("valid-prefix")
            case .invalid: print("invalid")
            case .noOpinion: print("no-opinion")
            }
        }
    }
}

extension PayloadScanner.SenderHandling: ExpressibleByArgument {}
