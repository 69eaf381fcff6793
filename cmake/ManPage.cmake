# Writes congvan(1) from the binary's own help (cmake -P script; see
# tools/CMakeLists.txt): help2man turns `congvan --help` into NAME and
# DESCRIPTION, and an include file adds SYNOPSIS, one subsection per
# subcommand with its `--help` verbatim, ENVIRONMENT and FILES.
#
# help2man (a Debian package) rather than a generator of our own: it is the
# usual tool for exactly this, and it knows roff. Subcommands are read from
# the "commands:" list of `congvan --help`, so a new cmd_*.cc appears in the
# man page without touching this file.
#
# Inputs: -DCONGVAN=<binary> -DHELP2MAN=<help2man> -DVERSION=<x.y.z> -DOUTPUT=<file>
cmake_minimum_required(VERSION 3.25)

foreach(var CONGVAN HELP2MAN VERSION OUTPUT)
  if(NOT DEFINED ${var})
    message(FATAL_ERROR "ManPage.cmake: -D${var}=... is required")
  endif()
endforeach()

# Text as roff that keeps lines as they are: backslashes escaped, and a line
# starting with . or ' protected from being read as a request.
function(roff_verbatim out_var text)
  string(REPLACE "\\" "\\e" text "${text}")
  string(REGEX REPLACE "(^|\n)([.'])" "\\1\\\\&\\2" text "${text}")
  set(${out_var} ".nf\n${text}\n.fi\n" PARENT_SCOPE)
endfunction()

execute_process(COMMAND "${CONGVAN}" --help OUTPUT_VARIABLE top_help RESULT_VARIABLE rc)
if(NOT rc EQUAL 0)
  message(FATAL_ERROR "ManPage.cmake: '${CONGVAN} --help' failed (${rc})")
endif()
string(REGEX MATCH "commands:\n(  [a-z][^\n]*\n)+" command_list "${top_help}")
string(REGEX MATCHALL "\n  [a-z][a-z-]*" commands "${command_list}")

set(include_text "[COMMANDS]\n")
foreach(command ${commands})
  string(STRIP "${command}" command)
  execute_process(COMMAND "${CONGVAN}" ${command} --help OUTPUT_VARIABLE help RESULT_VARIABLE rc)
  if(NOT rc EQUAL 0)
    message(FATAL_ERROR "ManPage.cmake: '${CONGVAN} ${command} --help' failed (${rc})")
  endif()
  roff_verbatim(body "${help}")
  string(APPEND include_text ".SS \"congvan ${command}\"\n${body}")
endforeach()
if(include_text STREQUAL "[COMMANDS]\n")
  message(FATAL_ERROR "ManPage.cmake: no subcommands found in '${CONGVAN} --help'")
endif()

string(APPEND include_text [=[
[SYNOPSIS]
.B congvan
.I command
[\fIoptions\fR] [\fIFILE\fR...]
.br
.B congvan
[\fIcommand\fR] \-\-help
.br
.B congvan
\-\-version
[ENVIRONMENT]
.TP
.B CONGVAN_GRAMMARS
Directory of the grammar files (vi.xml, en.xml), the bilingual lexicon
(lexicon/vi-en.tsv) and the legacy encoding tables (encodings/). The
.B \-\-grammars
option of a subcommand comes first; without either, the installed copy is used.
.TP
.B CONGVAN_HUGE_PAGES
On Linux, a command whose input files come to 8 MB or more re-executes itself
once with
.B GLIBC_TUNABLES=glibc.malloc.hugetlb=1:glibc.malloc.mmap_threshold=4294967296:glibc.malloc.trim_threshold=4294967296
so that glibc's heap uses transparent huge pages (a 100 MB law: 42 k page faults
become 2 k, a third less CPU time); the output does not change.
.B 0
turns this off,
.B 1
does it whatever the input's size. It is not done when
.B GLIBC_TUNABLES
is already set, under valgrind or a debugger, or in sanitizer builds, and the
variable is not passed on to processes congvan starts.
.TP
.B NO_COLOR
When set and not empty, text reports are not coloured (see https://no-color.org).
[FILES]
.TP
.I <prefix>/share/congvan/grammars
The grammars, lexicon and encoding tables, found relative to the binary
(<prefix>/bin/congvan), so an installed tree can be moved as a whole.
.B congvan \-\-version
prints the directory in use.
.TP
.I <prefix>/lib/congvan
Modules opened only when needed, found relative to the grammars:
libcongvan_pdf.so (reading PDF, OCR), libcongvan_archive.so (reading and
writing Word documents, the content hashes of
.BR "congvan index" ),
libcongvan_html.so (reading web pages) and libcongvan_sqlite.so (the corpus
database of
.BR "congvan index" " and " "congvan search" ).
]=])

set(include_file "${OUTPUT}.include")
file(WRITE "${include_file}" "${include_text}")
# The date comes from SOURCE_DATE_EPOCH when set (reproducible builds).
execute_process(
  COMMAND "${HELP2MAN}" --no-info --section=1 --version-string=${VERSION}
          "--name=turn Vietnamese and English legal texts into task trees and compare versions"
          --include=${include_file} --output=${OUTPUT} "${CONGVAN}"
  RESULT_VARIABLE rc ERROR_VARIABLE err)
if(NOT rc EQUAL 0)
  message(FATAL_ERROR "ManPage.cmake: help2man failed: ${err}")
endif()
