# Sourced by both start scripts (bin/protocol-desk of the distribution folder and of the Linux app image).
# Java decodes file names and arguments in the locale's character set: under LANG=C (a cron job, a bare session) a
# folder named in UTF-8 (Türkiye, Movahedi-Azad) cannot even be spelt. Ask for UTF-8 file names when the locale has
# another set.
case "$(locale charmap 2>/dev/null)" in
  UTF-8|utf8) ;;
  *) if [ -n "${LC_ALL:-}" ]; then LC_ALL=C.UTF-8; export LC_ALL; fi
     LC_CTYPE=C.UTF-8; export LC_CTYPE ;;
esac
