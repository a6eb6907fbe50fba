"""Keeping the pair's two laptops in step through a git repository.

* :mod:`rmcoach.sync.clock` - the hybrid logical clock every field change carries;
* :mod:`rmcoach.sync.merge` - the per-field three-way merge (shared with ``import``)
  and the privacy rules that decide what may leave or enter this laptop;
* :mod:`rmcoach.sync.repo` - the git side (dulwich: no git program needed);
* :mod:`rmcoach.sync.state` - what this laptop last synced (``sync/state.json``);
* :mod:`rmcoach.sync.engine` - one sync run, start to finish;
* :mod:`rmcoach.sync.status` - the home screen's quiet line.

None of these import Textual.
"""
