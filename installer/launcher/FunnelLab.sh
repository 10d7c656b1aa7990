#!/bin/sh
# FunnelLab: starts the bundled Java runtime with the class path, main class and JVM options of
# lib/app/@CFG@ (the options with $APPDIR, $BINDIR, $ROOTDIR and $HOME filled in), then this
# script's own arguments. It stands in for jpackage's native launcher, which asks rpm and dpkg on every
# start which package owns it. Plain shell, one helper process (readlink): it starts in a few milliseconds.
set -f
self=$(readlink -f -- "$0") || self=$0
BINDIR=${self%/*}
ROOTDIR=${BINDIR%/*}
APPDIR=$ROOTDIR/lib/app
cfg_file=$APPDIR/@CFG@
if [ ! -r "$cfg_file" ]; then
    echo "FunnelLab: cannot read $cfg_file" >&2
    exit 1
fi

# filled: $1 with every $APPDIR, $BINDIR, $ROOTDIR and $HOME replaced by its value
fill() {
    filled=
    rest=$1
    while :; do
        case $rest in
            *'$'*) ;;
            *) filled=$filled$rest; return ;;
        esac
        filled=$filled${rest%%\$*}
        rest=\$${rest#*\$}
        case $rest in
            '$APPDIR'*) filled=$filled$APPDIR; rest=${rest#\$APPDIR} ;;
            '$BINDIR'*) filled=$filled$BINDIR; rest=${rest#\$BINDIR} ;;
            '$ROOTDIR'*) filled=$filled$ROOTDIR; rest=${rest#\$ROOTDIR} ;;
            '$HOME'*) filled=$filled$HOME; rest=${rest#\$HOME} ;;
            *) filled=$filled\$; rest=${rest#\$} ;;
        esac
    done
}

user_args=$#
cp=
main=
while IFS= read -r line || [ -n "$line" ]; do
    case $line in
        app.classpath=*) fill "${line#app.classpath=}"; cp=${cp:+$cp:}$filled ;;
        app.mainclass=*) main=${line#app.mainclass=} ;;
        java-options=*) fill "${line#java-options=}"; set -- "$@" "$filled" ;;
    esac
done < "$cfg_file"
set -- "$@" -cp "$cp" "$main"
# the user's arguments, which came first, go last
i=0
while [ "$i" -lt "$user_args" ]; do
    set -- "$@" "$1"
    shift
    i=$((i + 1))
done
exec "$ROOTDIR/lib/runtime/bin/java" "$@"
