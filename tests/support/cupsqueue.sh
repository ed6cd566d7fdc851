#!/usr/bin/env bash
# A throw-away CUPS server with one cups-pdf queue, for the test that prints through Qt's print
# system for real (Debian's cups and printer-driver-cups-pdf):
#   cupsqueue.sh start STATE_DIR   start cupsd on its own Unix socket with its own configuration,
#                                  spool and log folders in a temporary folder; add the queue
#                                  "jisr-test-pdf"; write STATE_DIR/server (for CUPS_SERVER),
#                                  STATE_DIR/queue and STATE_DIR/outdir (where the PDFs land)
#   cupsqueue.sh stop STATE_DIR    stop it and remove its files
# The cups-pdf backend reads its configuration only from /etc/cups (compiled in): it reads
# /etc/cups/cups-pdf-INSTANCE.conf for a queue whose device is cups-pdf:/INSTANCE. When the kernel
# lets us, cupsd runs in its own mount namespace with a private folder bound over /etc/cups, so
# nothing of the machine's configuration is seen or touched; otherwise a uniquely named instance
# file is written in /etc/cups and removed by stop. The backend must run as root (its mode is
# 0700), so this needs root, as CI has.
set -euo pipefail
cmd=${1:?start or stop}
state=${2:?state directory}
cupsd=$(command -v cupsd || echo /usr/sbin/cupsd)
queue=jisr-test-pdf

fail() {
  echo "cupsqueue: $*" >&2
  exit 1
}

stop_server() {
  [ -f "$state/tmpdir" ] || return 0
  local tmp
  tmp=$(cat "$state/tmpdir")
  if [ -f "$tmp/cupsd.pid" ]; then
    kill "$(cat "$tmp/cupsd.pid")" 2>/dev/null || true
    for _ in $(seq 1 50); do
      kill -0 "$(cat "$tmp/cupsd.pid")" 2>/dev/null || break
      sleep 0.1
    done
  fi
  [ ! -f "$state/instancefile" ] || rm -f "$(cat "$state/instancefile")"
  rm -rf "$tmp"
  rm -f "$state/tmpdir" "$state/server" "$state/queue" "$state/outdir" "$state/instancefile"
}

write_config() {
  local tmp=$1
  mkdir -p "$tmp/etc/ppd" "$tmp/etc/ssl" "$tmp/spool/tmp" "$tmp/cache" "$tmp/log" "$tmp/run" \
    "$tmp/out" "$tmp/etc-cups"
  # The filters run as lp: they need to reach the spool's temporary folder.
  chmod 0755 "$tmp" "$tmp/spool" "$tmp/out"
  chmod 1777 "$tmp/spool/tmp"
  cat >"$tmp/etc/cups-files.conf" <<CONF
ServerRoot $tmp/etc
RequestRoot $tmp/spool
TempDir $tmp/spool/tmp
CacheDir $tmp/cache
StateDir $tmp/run
ErrorLog $tmp/log/error_log
AccessLog $tmp/log/access_log
PageLog $tmp/log/page_log
User lp
Group lp
SystemGroup root
FileDevice No
Sandboxing Relaxed
CONF
  cat >"$tmp/etc/cupsd.conf" <<CONF
Listen $tmp/cups.sock
LogLevel warn
Browsing No
BrowseLocalProtocols none
DefaultAuthType None
WebInterface No
<Location />
  Order allow,deny
  Allow all
</Location>
<Policy default>
  <Limit All>
    Order deny,allow
  </Limit>
</Policy>
CONF
  # What the cups-pdf backend reads: where to write, with the job's title as the file name.
  cat >"$tmp/etc-cups/cups-pdf-$queue.conf" <<CONF
Out $tmp/out
AnonDirName $tmp/out
Spool $tmp/spool/cups-pdf
Log $tmp/log
Grp root
UserUMask 0022
Label 0
TitlePref 1
CONF
}

start_cupsd() {
  local tmp=$1
  # A private /etc/cups, when the kernel allows a mount namespace (root on a normal kernel).
  # -f keeps it in the foreground of a background job, so its process id is known for stop.
  if unshare -m true 2>/dev/null; then
    setsid unshare -m --propagation private sh -c \
      "mount --bind '$tmp/etc-cups' /etc/cups && exec '$cupsd' -f -c '$tmp/etc/cupsd.conf' -s '$tmp/etc/cups-files.conf'" \
      </dev/null >"$tmp/log/cupsd.out" 2>&1 &
  else
    cp "$tmp/etc-cups/cups-pdf-$queue.conf" "/etc/cups/cups-pdf-$queue.conf"
    echo "/etc/cups/cups-pdf-$queue.conf" >"$state/instancefile"
    setsid "$cupsd" -f -c "$tmp/etc/cupsd.conf" -s "$tmp/etc/cups-files.conf" \
      </dev/null >"$tmp/log/cupsd.out" 2>&1 &
  fi
  echo $! >"$tmp/cupsd.pid"
}

case "$cmd" in
start)
  [ "$(id -u)" -eq 0 ] || fail "needs root (the cups-pdf backend runs only as root)"
  [ -x "$cupsd" ] || fail "cupsd is not installed (apt-get install cups cups-client)"
  [ -x /usr/lib/cups/backend/cups-pdf ] || fail "cups-pdf is not installed (apt-get install printer-driver-cups-pdf)"
  mkdir -p "$state"
  stop_server
  tmp=$(mktemp -d /tmp/jisr-cups.XXXXXX)
  echo "$tmp" >"$state/tmpdir"
  write_config "$tmp"
  start_cupsd "$tmp"
  for _ in $(seq 1 100); do
    [ -S "$tmp/cups.sock" ] && break
    kill -0 "$(cat "$tmp/cupsd.pid")" 2>/dev/null || break
    sleep 0.1
  done
  [ -S "$tmp/cups.sock" ] || fail "cupsd did not start: $(tail -n 5 "$tmp/log/error_log" "$tmp/log/cupsd.out" 2>/dev/null)"
  export CUPS_SERVER="$tmp/cups.sock"
  ppd=$(ls /usr/share/ppd/cups-pdf/CUPS-PDF_opt.ppd /usr/share/cups/model/CUPS-PDF_opt.ppd 2>/dev/null | head -n 1 || true)
  [ -n "$ppd" ] || fail "the cups-pdf PPD is missing"
  # cups-pdf takes PostScript: CUPS turns Qt's PDF into it first. Through poppler's cairo
  # renderer the fonts stay TrueType with their text (Ghostscript, the default, makes bitmap
  # Type 3 fonts whose text pdftotext cannot read back).
  lpadmin -p "$queue" -E -v "cups-pdf:/$queue" -P "$ppd" -o PageSize=A4 \
    -o pdftops-renderer-default=pdftocairo ||
    fail "lpadmin failed: $(tail -n 5 "$tmp/log/error_log" 2>/dev/null)"
  echo "$CUPS_SERVER" >"$state/server"
  echo "$queue" >"$state/queue"
  echo "$tmp/out" >"$state/outdir"
  echo "cupsqueue: $("$cupsd" -h 2>&1 | head -n 1 | grep -o 'CUPS v[0-9.]*' || echo CUPS) queue $queue on $CUPS_SERVER"
  ;;
stop)
  stop_server
  ;;
*)
  echo "usage: cupsqueue.sh start|stop STATE_DIR" >&2
  exit 2
  ;;
esac
