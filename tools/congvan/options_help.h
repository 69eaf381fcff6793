// The option list of a subcommand's --help, laid out for an 80-column
// terminal. Boost's own layout wraps each description in the ~50 columns
// right of the option names and also breaks at every '\n' a description
// holds; the descriptions were written with '\n's for a wider column, so
// the two together left orphan words on their own lines ("before the
// tracked" / "changes"). Here a '\n' in a description is a space and the
// text is wrapped once, at word boundaries.
#ifndef CONGVAN_TOOLS_OPTIONS_HELP_H_
#define CONGVAN_TOOLS_OPTIONS_HELP_H_

#include <boost/program_options.hpp>
#include <ostream>

namespace congvan::cli {

// Writes the caption of `options` (as Boost does: the caption, then ':')
// and one entry per option: "  -f [ --format ] arg (=json)" and its
// description wrapped to `width` columns.
void WriteOptionsHelp(std::ostream& out, const boost::program_options::options_description& options,
                      size_t width = 80);

}  // namespace congvan::cli

#endif  // CONGVAN_TOOLS_OPTIONS_HELP_H_
