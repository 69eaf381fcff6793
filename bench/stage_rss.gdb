# Where a parse reaches its RSS high-water mark, stage by stage (DESIGN, lean parse path, branch
# parse-mem3; the stages before the paragraphs added by mem-peak10). Breakpoints on the stage
# functions print VmRSS and VmHWM at each stage's entry; TreeBuilder::Finish (also run by the
# quoted-provision builders) is printed once, its last call before the next stage. Massif sees only
# the heap, and glibc keeps freed heap resident, so the RSS marks are read here. Usage:
#   gdb -q -batch -x bench/stage_rss.gdb --args build/tools/congvan parse LAW.txt -o /dev/null
set pagination off
set breakpoint pending on
python
import gdb
last_finish = None
def rss(tag, quiet=False):
    pid = gdb.selected_inferior().pid
    d = {}
    for l in open('/proc/%d/status' % pid):
        k, v = l.split(':', 1)
        d[k] = v.strip()
    line = "STAGE %-28s RSS %s HWM %s" % (tag, d['VmRSS'], d['VmHWM'])
    if quiet: return line
    print(line)
class B(gdb.Breakpoint):
    def __init__(self, spec, tag):
        super().__init__(spec, internal=True)
        self.tag = tag
    def stop(self):
        global last_finish
        if self.tag == "Finish":
            last_finish = rss(self.tag, quiet=True)
            return False
        if last_finish: print(last_finish); last_finish = None
        print(rss(self.tag, quiet=True))
        return False
for spec, tag in [("congvan::read::ReadOwned", "ReadOwned"),
                  ("congvan::DetectLanguage", "DetectLanguage"),
                  ("congvan::parse::StripPortalNotes", "StripPortalNotes"),
                  ("congvan::parse::SplitLines", "SplitLines"),
                  ("congvan::parse::ClassifyLines", "ClassifyLines"),
                  ("congvan::parse::DetectLayout", "DetectLayout"),
                  ("congvan::parse::BuildParagraphs", "BuildParagraphs"),
                  ("congvan::parse::MatchParagraphMarkers", "MatchParagraphMarkers"),
                  ("congvan::parse::BuildTaskTree", "BuildTaskTree"),
                  ("congvan::parse::AttachPortalNotes", "AttachPortalNotes"),
                  ("congvan::parse::ExtractMetadata", "ExtractMetadata"),
                  ("congvan::parse::ResolveAmendmentTargets", "ResolveAmendmentTargets"),
                  ("congvan::WriteJson", "WriteJson"), ("congvan::parse::(anonymous namespace)::TreeBuilder::Finish", "Finish"), ("congvan::cli::ParseInput", "ParseInput")]:
    B(spec, tag)
end
run
