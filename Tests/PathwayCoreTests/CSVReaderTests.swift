import Testing

@testable import PathwayCore

/// The CSV reader over what spreadsheets and hand editing really produce.
@Suite struct CSVReaderTests {
    func rows(_ text: String) throws -> [[String]] {
        try CSVReader.rows(Array(text.utf8)).map(\.fields)
    }

    func failure(_ bytes: [UInt8]) -> CSVReadError? {
        do {
            _ = try CSVReader.rows(bytes)
            return nil
        } catch {
            return error
        }
    }

    @Test func plainRowsWithLFOrCRLFOrCR() throws {
        let expected = [["name", "state"], ["Mercy", "NY"], ["St. Luke", "PA"]]
        #expect(try rows("name,state\nMercy,NY\nSt. Luke,PA\n") == expected)
        #expect(try rows("name,state\r\nMercy,NY\r\nSt. Luke,PA\r\n") == expected)
        #expect(try rows("name,state\rMercy,NY\rSt. Luke,PA") == expected)
    }

    @Test func aByteOrderMarkIsDropped() throws {
        let bytes: [UInt8] = [0xEF, 0xBB, 0xBF] + Array("name\nMercy\n".utf8)
        #expect(try CSVReader.rows(bytes).map(\.fields) == [["name"], ["Mercy"]])
    }

    @Test func quotedFieldsHoldCommasQuotesAndLineBreaks() throws {
        let text = "name,notes\n\"Mercy, Brooklyn\",\"said \"\"great\"\"\nsecond line\"\nLast,\"\"\n"
        let read = try CSVReader.rows(Array(text.utf8))
        #expect(
            read.map(\.fields) == [
                ["name", "notes"], ["Mercy, Brooklyn", "said \"great\"\nsecond line"], ["Last", ""],
            ])
        // A record spanning two lines starts on line 2; the next one starts on line 4.
        #expect(read.map(\.line) == [1, 2, 4])
    }

    @Test func blankRowsAndEmptyTrailingRowsAreDropped() throws {
        #expect(try rows("name,state\n\n,\nMercy,NY\n,,\n") == [["name", "state"], ["Mercy", "NY"]])
    }

    @Test func aSemicolonHeaderSwitchesTheSeparator() throws {
        #expect(try rows("name;fee\n\"Mercy; Bronx\";35,50\n") == [["name", "fee"], ["Mercy; Bronx", "35,50"]])
        // A comma anywhere in the header keeps the comma.
        #expect(try rows("name,fee;x\nA,B\n") == [["name", "fee;x"], ["A", "B"]])
    }

    @Test func anUnclosedQuoteNamesWhereItOpened() {
        let error = failure(Array("name,notes\nMercy,\"open\nmore\n".utf8))
        #expect(
            error
                == CSVReadError(line: 2, column: 7, reason: "a quoted field is never closed (the file ends inside it)"))
    }

    @Test func textAfterAClosingQuoteIsAnErrorAtItsColumn() {
        let error = failure(Array("name\n\"Mercy\"x\n".utf8))
        #expect(error?.line == 2)
        #expect(error?.column == 8)
    }

    @Test func notUTF8NamesTheLineAndWhatToDo() {
        let bytes = Array("name\nMercy\n".utf8) + [0xC3, 0x28, 0x0A]
        let error = failure(bytes)
        #expect(error?.line == 3)
        #expect(error?.reason.contains("CSV UTF-8") == true)
    }

    @Test func utf16AndNulAreRefusedWithAReason() {
        #expect(failure([0xFF, 0xFE, 0x6E, 0x00])?.reason.contains("UTF-16") == true)
        #expect(failure(Array("name\nA\u{0}B\n".utf8))?.line == 2)
    }

    @Test func columnsCountCharactersNotBytes() throws {
        let read = try CSVReader.rows(Array("राहुल,王王,x\n".utf8))
        #expect(read[0].columns == [1, 7, 10])
    }
}
