/// Reads CSV as spreadsheets write it (RFC 4180, with the variations seen in practice).
///
/// Accepts UTF-8 with or without a byte order mark, CRLF, LF or CR line ends, quoted fields
/// holding commas, doubled quotes and line breaks, and a semicolon separator (spreadsheets in
/// locales that write decimals with a comma save CSV that way), chosen from the header line.
/// Anything it cannot read exactly is an error naming the line and column, never a guess.
public enum CSVReader {
    /// The largest file it reads; a programs sheet is kilobytes, so more is a wrong file.
    public static let maximumBytes = 16 << 20

    /// Splits the bytes into records; blank records are dropped.
    public static func rows(_ bytes: [UInt8]) throws(CSVReadError) -> [CSVRow] {
        guard bytes.count <= maximumBytes else {
            throw CSVReadError(
                line: 1, column: 1,
                reason: "the file is larger than \(maximumBytes >> 20) MiB; is it really a CSV file?")
        }
        var body = bytes[...]
        if body.starts(with: [0xEF, 0xBB, 0xBF]) { body = body.dropFirst(3) }
        if body.starts(with: [0xFF, 0xFE]) || body.starts(with: [0xFE, 0xFF]) {
            throw CSVReadError(
                line: 1, column: 1,
                reason: "the file is UTF-16 text; save it from the spreadsheet as \"CSV UTF-8\"")
        }
        if let zero = body.firstIndex(of: 0) {
            let line = 1 + body[..<zero].lazy.filter { $0 == 0x0A }.count
            throw CSVReadError(line: line, column: 1, reason: "the file holds a NUL byte; it is not CSV text")
        }
        guard let text = String(validating: body, as: UTF8.self) else {
            throw CSVReadError(
                line: firstInvalidLine(body), column: 1,
                reason: "the text is not UTF-8; save it from the spreadsheet as \"CSV UTF-8\"")
        }
        let scalars = Array(text.unicodeScalars)
        let separator = separator(of: scalars)
        return try split(scalars, separator: separator).filter { !$0.isBlank }
    }

    /// `;` when the header line has semicolons outside quotes and no commas, else `,`.
    static func separator(of scalars: [Unicode.Scalar]) -> Unicode.Scalar {
        var quoted = false
        var commas = 0
        var semicolons = 0
        for scalar in scalars {
            if scalar == "\"" { quoted.toggle() }
            if quoted { continue }
            if scalar == "\n" || scalar == "\r" { break }
            if scalar == "," { commas += 1 }
            if scalar == ";" { semicolons += 1 }
        }
        return commas == 0 && semicolons > 0 ? ";" : ","
    }

    /// The record splitter proper: a small state machine over Unicode scalars.
    static func split(_ scalars: [Unicode.Scalar], separator: Unicode.Scalar) throws(CSVReadError) -> [CSVRow] {
        var rows: [CSVRow] = []
        var fields: [String] = []
        var columns: [Int] = []
        var field = String.UnicodeScalarView()
        var line = 1
        var column = 1
        var rowLine = 1
        var fieldColumn = 1
        var index = 0
        var quoted = false
        var quoteLine = 1
        var quoteColumn = 1
        var afterClosingQuote = false

        func endField() {
            fields.append(String(field))
            columns.append(fieldColumn)
            field = String.UnicodeScalarView()
        }

        while index < scalars.count {
            let scalar = scalars[index]
            if quoted {
                if scalar == "\"" {
                    if index + 1 < scalars.count, scalars[index + 1] == "\"" {
                        field.append("\"")
                        index += 2
                        column += 2
                        continue
                    }
                    quoted = false
                    afterClosingQuote = true
                    index += 1
                    column += 1
                    continue
                }
                field.append(scalar)
                if scalar == "\n" || (scalar == "\r" && !(index + 1 < scalars.count && scalars[index + 1] == "\n")) {
                    line += 1
                    column = 1
                } else {
                    column += 1
                }
                index += 1
                continue
            }
            if scalar == separator {
                endField()
                afterClosingQuote = false
                index += 1
                column += 1
                fieldColumn = column
                continue
            }
            if scalar == "\r" || scalar == "\n" {
                endField()
                rows.append(CSVRow(line: rowLine, fields: fields, columns: columns))
                fields = []
                columns = []
                afterClosingQuote = false
                index += (scalar == "\r" && index + 1 < scalars.count && scalars[index + 1] == "\n") ? 2 : 1
                line += 1
                column = 1
                rowLine = line
                fieldColumn = 1
                continue
            }
            if afterClosingQuote {
                throw CSVReadError(
                    line: line, column: column,
                    reason: "text after a closing quote; a quote inside a quoted field is written twice (\"\")")
            }
            if scalar == "\"" && field.isEmpty {
                quoted = true
                quoteLine = line
                quoteColumn = column
                index += 1
                column += 1
                continue
            }
            // A quote inside an unquoted field is not RFC 4180, but hand-typed files have them
            // ("5'10\"") and there is only one sensible reading: the character itself.
            field.append(scalar)
            index += 1
            column += 1
        }
        if quoted {
            throw CSVReadError(
                line: quoteLine, column: quoteColumn, reason: "a quoted field is never closed (the file ends inside it)"
            )
        }
        if !field.isEmpty || !fields.isEmpty || afterClosingQuote {
            endField()
            rows.append(CSVRow(line: rowLine, fields: fields, columns: columns))
        }
        return rows
    }

    /// The line of the first byte that is not part of valid UTF-8.
    static func firstInvalidLine(_ bytes: ArraySlice<UInt8>) -> Int {
        var line = 1
        var start = bytes.startIndex
        for index in bytes.indices where bytes[index] == 0x0A {
            if String(validating: bytes[start...index], as: UTF8.self) == nil { return line }
            line += 1
            start = index + 1
        }
        return line
    }
}
