// One list page per content type, for the route registry.
import type { ComponentType } from 'react';
import { ContentListPage } from './ContentListPage';
import { CONTENT_VIEWS, type ContentView } from './model';

function listPage(view: ContentView): ComponentType {
  const Page = () => <ContentListPage key={view.type} view={view} />;
  Page.displayName = `${view.label}ListPage`;
  return Page;
}

export const CONTENT_LIST_PAGES = CONTENT_VIEWS.map((view) => ({ view, page: listPage(view) }));
