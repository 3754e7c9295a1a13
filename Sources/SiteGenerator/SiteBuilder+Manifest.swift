import DigitalDownloads
import SiteOutput

extension SiteBuilder {
    /// Carries over into `manifest` what `previous` held and this build did not write: with
    /// `prune`, those pages and public files are removed instead (only files the manifest says
    /// the tool wrote). Returns how many pages were removed.
    func reconcile(
        _ manifest: inout BuildManifest, with previous: BuildManifest, requested ids: [OrderID], prune: Bool,
        in output: OutputFolder
    ) -> Int {
        var pruned = 0
        let requested = Set(ids.map(\.rawValue))
        for (page, record) in previous.pages where !requested.contains(page) {
            if prune {
                // Counted only when removed: a page behind a symbolic link is left alone.
                if (try? output.remove(relativePath: BuildManifest.pagePath(page))) == true { pruned += 1 }
            } else {
                manifest.pages[page] = record
            }
        }
        for path in previous.publicFiles where !manifest.publicFiles.contains(path) {
            if prune {
                _ = try? output.remove(relativePath: path)
            } else {
                manifest.publicFiles.insert(path)
            }
        }
        return pruned
    }
}

extension BuildSummary {
    /// Counts one page's outcome and records the page the site now holds: a failed order keeps
    /// its last good page, which stays the tool's to prune later.
    mutating func record(_ result: SiteBuilder.PageResult, into manifest: inout BuildManifest, previous: BuildManifest) {
        warnings += result.warnings
        switch result.outcome {
        case .success(let outcome):
            built += 1
            if outcome == .unchanged { unchanged += 1 } else { changed += 1 }
            if result.reused { reused += 1 }
            manifest.pages[result.id.rawValue] = result.record ?? PageRecord()
            count(result.origin)
        case .failure where result.isDeferred:
            // Left for a later run: its old page, if any, stays and stays the tool's.
            deferred += 1
            deferredIDs.append(result.id.rawValue)
            if let kept = previous.pages[result.id.rawValue] { manifest.pages[result.id.rawValue] = kept }
        case .failure(let failure):
            failed += 1
            failures.append(.init(id: result.id.rawValue, reason: failure.description))
            if let kept = previous.pages[result.id.rawValue] { manifest.pages[result.id.rawValue] = kept }
        }
    }

    private mutating func count(_ origin: ResponseOrigin?) {
        func noteAge(_ age: Duration) {
            let seconds = age / .seconds(1)
            oldestCachedSeconds = max(oldestCachedSeconds ?? 0, seconds)
        }
        switch origin {
        case .fetched?:
            fetched += 1
        case .cached(let age)?:
            fromCache += 1
            noteAge(age)
        case .stale(let age, _)?:
            stale += 1
            noteAge(age)
        case .saved?, nil:
            break
        }
    }
}
