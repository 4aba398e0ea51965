# Sourced by the checks that need a bare Debian: chroot_make SUITE makes one with debootstrap's minbase (no desktop,
# no X) under /tmp, with /proc and /dev mounted, removed again when the caller exits; in_root runs a command in it
# with a clean environment. Needs root and Debian's mirror; installs debootstrap when missing.
chroot_make() {
  command -v debootstrap >/dev/null || { apt-get update -q && apt-get install -y -q --no-install-recommends debootstrap; } >/dev/null
  CHROOT=$(mktemp -d /tmp/protocol-desk-chroot.XXXXXX)
  trap chroot_remove EXIT
  echo "chroot: debootstrap $1 (minbase) into $CHROOT"
  debootstrap --variant=minbase "$1" "$CHROOT" http://deb.debian.org/debian >/dev/null
  mount -t proc proc "$CHROOT/proc"
  mount --bind /dev "$CHROOT/dev"
  mount --bind /dev/pts "$CHROOT/dev/pts"
}

chroot_remove() {
  for mount in dev/pts dev proc; do umount -l "$CHROOT/$mount" 2>/dev/null || true; done
  rm -rf --one-file-system "$CHROOT"
}

in_root() {
  chroot "$CHROOT" /usr/bin/env -i PATH=/usr/sbin:/usr/bin:/sbin:/bin HOME=/root LANG=C.UTF-8 DEBIAN_FRONTEND=noninteractive "$@"
}
