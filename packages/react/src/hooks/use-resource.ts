import { useEffect, useSyncExternalStore } from 'react';
import type { Resource, ResourceState } from '../client/resource.js';

/** Subscribes to a {@link Resource} and loads it the first time a component needs it. */
export function useResource<T>(resource: Resource<T>): ResourceState<T> {
  const state = useSyncExternalStore(
    resource.subscribe,
    resource.getSnapshot,
    resource.getSnapshot,
  );
  useEffect(() => resource.ensure(), [resource]);
  return state;
}
