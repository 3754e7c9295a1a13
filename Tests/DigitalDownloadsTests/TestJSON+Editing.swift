/// Editing a `TestJSON` at a path: what the differential tests use to make odd orders.
extension TestJSON {
    enum Step: Equatable {
        case key(String)
        case index(Int)
    }

    enum Edit {
        /// Replace the value at the path.
        case replace(TestJSON)
        /// Remove the member or element at the path.
        case remove
        /// Add a member with this name and value after the one at the path (a repeat when the name is its own).
        case addMember(String, TestJSON)
    }

    /// Every path in the value, the root's `[]` included, in document order.
    var paths: [[Step]] {
        var result: [[Step]] = [[]]
        switch self {
        case .array(let elements):
            for (index, element) in elements.enumerated() {
                result += element.paths.map { [.index(index)] + $0 }
            }
        case .object(let members):
            for (name, value) in members {
                result += value.paths.map { [.key(name)] + $0 }
            }
        default:
            break
        }
        return result
    }

    /// The value with `edit` made at `path` (unchanged where the path does not lead).
    func editing(_ path: ArraySlice<Step>, _ edit: Edit) -> TestJSON {
        guard let step = path.first else {
            if case .replace(let value) = edit { return value }
            return self
        }
        let rest = path.dropFirst()
        switch (self, step) {
        case (.array(var elements), .index(let index)) where elements.indices.contains(index):
            if rest.isEmpty, case .remove = edit {
                elements.remove(at: index)
            } else {
                elements[index] = elements[index].editing(rest, edit)
            }
            return .array(elements)
        case (.object(var members), .key(let name)):
            guard let index = members.firstIndex(where: { $0.0 == name }) else { return self }
            if rest.isEmpty, case .remove = edit {
                members.remove(at: index)
            } else if rest.isEmpty, case .addMember(let newName, let value) = edit {
                members.insert((newName, value), at: index + 1)
            } else {
                members[index].1 = members[index].1.editing(rest, edit)
            }
            return .object(members)
        default:
            return self
        }
    }
}
