/// Where customers' text sits in the payloads of one messaging platform or LLM API: JSONPaths
/// for JSON payloads, field names for form-encoded ones. A profile is data; `--path` builds the
/// same from the command line for any other payload.
public struct PayloadProfile: Sendable {
    /// How the payload is encoded.
    public enum Encoding: String, Sendable {
        /// A JSON document (RFC 8259).
        case json
        /// An `application/x-www-form-urlencoded` body.
        case form
    }

    public let name: String
    public let encoding: Encoding
    /// What the payload is, for `veil profiles` and the README.
    public let summary: String
    /// In a JSON payload, the strings that are scanned and redacted.
    public let paths: [JSONPath]
    /// In a form payload, the fields that are scanned and redacted.
    public let formFields: [String]
    /// Where the sender's identifier sits (a phone number or a platform's user id). It is kept
    /// as it is, because the reply is routed by it, unless `PayloadScanner.SenderHandling.replace`
    /// asks for a sender's phone number to be replaced like one found in a message.
    public let senderPaths: [String]
    /// What tells a payload's conversation (a JSONPath, or a form field): the chat, the
    /// customer's number. Empty for LLM requests, which carry their conversation whole.
    public let conversationKeys: [String]
    /// Those of `paths` (or `formFields`) that hold the sender's display name, not what they
    /// wrote: scanned and redacted like the others, but not part of the conversation's text, so
    /// a reaction or a sticker that carries only the name does not take the place of the last
    /// message (`ConversationMemory`).
    public let namePaths: [String]

    /// A JSON profile of the given paths (what `--path` builds).
    public init(name: String, summary: String = "", paths: [JSONPath], senderPaths: [String] = [], conversationKeys: [String] = [],
                namePaths: [String] = []) {
        self.name = name
        self.encoding = .json
        self.summary = summary
        self.paths = paths
        self.formFields = []
        self.senderPaths = senderPaths
        self.conversationKeys = conversationKeys
        self.namePaths = namePaths
    }

    /// A form profile of the given fields.
    public init(name: String, summary: String = "", formFields: [String], senderPaths: [String] = [], conversationKeys: [String] = [],
                namePaths: [String] = []) {
        self.name = name
        self.encoding = .form
        self.summary = summary
        self.paths = []
        self.formFields = formFields
        self.senderPaths = senderPaths
        self.conversationKeys = conversationKeys
        self.namePaths = namePaths
    }

    /// The built-in profile of this name, or nil.
    public static func named(_ name: String) -> PayloadProfile? {
        builtIn.first { $0.name == name }
    }

    /// The profiles Veil ships, shaped after each platform's public documentation.
    public static let builtIn: [PayloadProfile] = [
        json("whatsapp", "WhatsApp Business Cloud API: webhook notifications and Send API requests", paths: [
            "$.entry[*].changes[*].value.messages[*].text.body",
            "$.entry[*].changes[*].value.messages[*]..caption",  // image, video, document
            "$.entry[*].changes[*].value.messages[*].document.filename",
            "$.entry[*].changes[*].value.messages[*].interactive.button_reply.title",
            "$.entry[*].changes[*].value.messages[*].interactive.list_reply.title",
            "$.entry[*].changes[*].value.messages[*].interactive.list_reply.description",
            "$.entry[*].changes[*].value.messages[*].interactive.nfm_reply.response_json",  // a Flow's answers, as JSON text
            "$.entry[*].changes[*].value.messages[*].button.text",
            "$.entry[*].changes[*].value.messages[*].location.name",
            "$.entry[*].changes[*].value.messages[*].location.address",
            "$.entry[*].changes[*].value.messages[*].contacts..*",
            "$.entry[*].changes[*].value.messages[*].order.text",
            "$.entry[*].changes[*].value.messages[*].system.body",
            "$.entry[*].changes[*].value.contacts[*].profile.name",
            // The Send API request: one message to a customer.
            "$.text.body", "$.image.caption", "$.video.caption", "$.document.caption", "$.document.filename",
            "$.interactive.header.text", "$.interactive.body.text", "$.interactive.footer.text",
            "$.template.components[*].parameters[*].text", "$.location.name", "$.location.address", "$.contacts..*",
        ], senders: ["$.entry[*].changes[*].value.messages[*].from", "$.entry[*].changes[*].value.contacts[*].wa_id", "$.to"],
           conversation: ["$.entry[*].changes[*].value.messages[*].from"], names: ["$.entry[*].changes[*].value.contacts[*].profile.name"]),
        form("twilio", "Twilio Messaging webhook (application/x-www-form-urlencoded), SMS and WhatsApp",
             fields: ["Body", "ProfileName", "Address", "Label"], senders: ["From", "To", "WaId"], conversation: ["From"],
             names: ["ProfileName"]),
        json("messagebird", "MessageBird Conversations API and Bird Channels webhooks", paths: [
            "$.message.content.text",
            "$.message.content.*.caption",
            "$.message.content.interactive.reply.text", "$.message.content.interactive.reply.description",
            "$.message.content.whatsappOrder.text", "$.message.content.whatsappText.text.body",
            "$.contact.displayName", "$.contact.firstName", "$.contact.lastName",
            // Bird's Channels API (`sms.inbound`, `whatsapp.inbound`, …)
            "$.payload.body.text.text", "$.payload.body.image.text", "$.payload.body.image.images[*].altText",
            "$.payload.body.file.text", "$.payload.body.file.files[*].altText", "$.payload.body.file.files[*].filename",
            "$.payload.body.location.location.address", "$.payload.body.location.location.label",
        ], senders: ["$.message.from", "$.contact.msisdn", "$.payload.sender.contact.identifierValue"],
           conversation: ["$.conversation.id", "$.payload.sender.contact.identifierValue"],
           names: ["$.contact.displayName", "$.contact.firstName", "$.contact.lastName"]),
        json("telegram", "Telegram Bot API Update", paths: [
            // Any kind of update: message, edited_message, channel_post, business_message, …
            "$.*.text", "$.*.caption", "$.*.contact..*", "$.*..file_name",
            "$.*.poll.question", "$.*.poll.options[*].text", "$.*.poll.explanation",
            "$.*.venue.title", "$.*.venue.address",
            "$.*.reply_to_message..text", "$.*.reply_to_message..caption", "$.*.quote.text",
            "$.*.external_reply.contact..*", "$.*.external_reply.poll.question", "$.*.external_reply.venue.address",
            "$.*.checklist.title", "$.*.checklist.tasks[*].text", "$.*.checklist_tasks_added.tasks[*].text",
            "$.*.successful_payment.order_info..*", "$.*.web_app_data.data",
            // Updates that are not messages: a poll, an inline query, a callback, a payment, a join request.
            "$.*.question", "$.*.options[*].text", "$.*.explanation", "$.*.query",
            "$.*.order_info..*", "$.*.shipping_address..*", "$.*.message.text", "$.*.message.caption", "$.*.bio",
        ], senders: ["$.*.from.id", "$.*.chat.id"], conversation: ["$.*.chat.id"]),
        json("messenger", "Facebook Messenger Platform webhook (messaging and standby)", paths: [
            "$.entry[*].*[*].message.text",
            "$.entry[*].*[*].message.quick_reply.payload",
            "$.entry[*].*[*].message_edit.text",
            "$.entry[*].*[*].postback.title",
            "$.entry[*].*[*].postback.payload",
        ], senders: ["$.entry[*].messaging[*].sender.id", "$.entry[*].messaging[*].sender.user_ref"],
           conversation: ["$.entry[*].*[*].sender.id"]),
        json("smooch", "Sunshine Conversations (Smooch) v2 webhook", paths: [
            "$.events[*].payload.message.content.text",
            "$.events[*].payload.message.content.altText",
            "$.events[*].payload.message.content.textFallback",  // a form response's answers, repeated as text
            "$.events[*].payload.message.content.items[*].title",
            "$.events[*].payload.message.content.items[*].description",
            "$.events[*].payload.message.content.fields[*].text",
            "$.events[*].payload.message.content.fields[*].email",
            "$.events[*].payload.message.content.fields[*].select[*].label",
            "$.events[*].payload.message.content.location.address",
            "$.events[*].payload.message.content.location.name",
            "$.events[*].payload.message.author.displayName",
        ], senders: ["$.events[*].payload.message.author.userId", "$.events[*].payload.user.id"],
           conversation: ["$.events[*].payload.conversation.id"], names: ["$.events[*].payload.message.author.displayName"]),
        json("openai", "OpenAI Chat Completions and Responses request bodies", paths: [
            "$.messages[*].content", "$.messages[*].content[*].text",
            // Tool calls carry what the model took from the conversation, as a JSON string.
            "$.messages[*].tool_calls[*].function.arguments", "$.messages[*].function_call.arguments",
            "$.prediction.content", "$.prediction.content[*].text",
            "$.input", "$.input[*].content", "$.input[*].content[*].text", "$.input[*].output", "$.input[*].output[*].text",
            "$.input[*].arguments", "$.input[*].input", "$.instructions", "$.prompt.variables.*", "$.prompt.variables.*.text",
        ]),
        json("anthropic", "Anthropic Messages request body", paths: [
            "$.system", "$.system[*].text",
            "$.messages[*].content", "$.messages[*].content[*].text",
            "$.messages[*].content[*].content", "$.messages[*].content[*].content[*].text",
            "$.messages[*].content[*].content[*].content[*].text",  // search results inside a tool result
            // A tool call's input holds what the model took from the conversation.
            "$.messages[*].content[*].input..*",
            // A document: plain text in `source.data` (base64 there is scanned too, and left
            // alone unless a value is found in it), text blocks, its title and context.
            "$.messages[*].content[*].source.data", "$.messages[*].content[*].source.content[*].text",
            "$.messages[*].content[*].title", "$.messages[*].content[*].context",
            // Never `thinking`, `signature` or `redacted_thinking`: signed, they must stay as they came.
        ]),
        json("gemini", "Gemini generateContent request body", paths: [
            "$.contents[*].parts[*].text",
            "$.systemInstruction.parts[*].text", "$.system_instruction.parts[*].text",
            "$.contents[*].parts[*].functionCall.args..*", "$.contents[*].parts[*].functionResponse.response..*",
            "$.contents[*].parts[*].function_call.args..*", "$.contents[*].parts[*].function_response.response..*",
            "$.contents[*].parts[*].executableCode.code", "$.contents[*].parts[*].codeExecutionResult.output",
            "$.contents[*].parts[*].executable_code.code", "$.contents[*].parts[*].code_execution_result.output",
        ]),
    ]

    private static func json(_ name: String, _ summary: String, paths: [String], senders: [String] = [],
                             conversation: [String] = [], names: [String] = []) -> PayloadProfile {
        // The built-in paths are checked by a test; one that does not parse is a bug here.
        PayloadProfile(name: name, summary: summary, paths: paths.map { try! JSONPath($0) }, senderPaths: senders,
                       conversationKeys: conversation, namePaths: names)
    }

    private static func form(_ name: String, _ summary: String, fields: [String], senders: [String], conversation: [String],
                             names: [String] = []) -> PayloadProfile {
        PayloadProfile(name: name, summary: summary, formFields: fields, senderPaths: senders, conversationKeys: conversation,
                       namePaths: names)
    }
}
