"""Writes the block fixtures (fixtures/block/): normal flow, widths, margins and their collapsing,
block formatting contexts, min/max, box-sizing, percentages. One behaviour per file."""
from fixturekit import div, fixture

G = 'block'


def box(w, h, extra=''):
    return div(f'width: {w}px; height: {h}px;{(" " + extra) if extra else ""}')


def h(px, extra=''):
    return div(f'height: {px}px;{(" " + extra) if extra else ""}')


# --- widths and stacking -------------------------------------------------------------------------
fixture(G, 'block_children_stack_vertically', div('width: 200px;', h(20), h(30), h(40)))
fixture(G, 'block_auto_width_fills_containing_block', div('width: 200px;', h(20)))
fixture(G, 'block_root_auto_width_fills_viewport', div('', h(20)))
fixture(G, 'block_auto_width_subtracts_margins', div('width: 200px;', h(20, 'margin: 0 15px 0 25px;')))
fixture(G, 'block_auto_width_subtracts_own_padding_and_border', div('width: 200px;', h(20, 'padding: 0 10px; border: 5px solid black;')))
fixture(G, 'block_auto_width_inside_padded_parent', div('width: 200px; padding: 10px 30px;', h(20)))
fixture(G, 'block_auto_width_inside_bordered_parent', div('width: 200px; border: 7px solid black;', h(20)))
fixture(G, 'block_fixed_width_does_not_fill', div('width: 200px;', box(50, 20)))
fixture(G, 'block_fixed_width_wider_than_parent_overflows', div('width: 200px;', box(300, 20)))
fixture(G, 'block_percent_width_of_parent_content_box', div('width: 200px; padding: 0 20px;', div('width: 50%; height: 20px;')))
fixture(G, 'block_percent_height_of_definite_parent', div('width: 200px; height: 100px;', div('height: 50%;')))
fixture(G, 'block_percent_height_of_auto_parent_is_auto', div('width: 200px;', div('height: 50%;', h(30))))
fixture(G, 'block_percent_height_chain_of_definite_heights', div('width: 200px; height: 200px;', div('height: 50%;', div('height: 50%;'))))
fixture(G, 'block_auto_height_is_sum_of_children', div('width: 200px;', h(20), h(30)))
fixture(G, 'block_auto_height_includes_padding_and_border', div('width: 200px; padding: 10px; border: 3px solid black;', h(30)))
fixture(G, 'block_empty_auto_height_is_zero', div('width: 200px;'))
fixture(G, 'block_explicit_height_with_overflowing_children', div('width: 200px; height: 30px;', h(20), h(30)))
fixture(G, 'block_deep_nesting_keeps_stretching', div('width: 200px;', div('padding: 5px;', div('padding: 5px;', div('padding: 5px;', h(10))))))
fixture(G, 'block_mixed_fixed_and_auto_widths', div('width: 200px;', box(50, 10), h(10), box(150, 10), h(10, 'margin-left: 40px;')))
fixture(G, 'block_percent_padding_resolves_against_width', div('width: 200px;', div('padding: 10% 5%;', h(10))))
fixture(G, 'block_percent_margin_resolves_against_width', div('width: 200px;', h(10), div('height: 10px; margin: 10% 5%;'), h(10)))

# --- box-sizing ----------------------------------------------------------------------------------
fixture(G, 'box_sizing_content_box_adds_padding_and_border', div('width: 300px;', box(100, 50, 'padding: 10px; border: 5px solid black;')))
fixture(G, 'box_sizing_border_box_includes_padding_and_border', div('width: 300px;', box(100, 50, 'padding: 10px; border: 5px solid black; box-sizing: border-box;')))
fixture(G, 'box_sizing_border_box_floors_at_padding', div('width: 300px;', box(10, 10, 'padding: 20px; box-sizing: border-box;')))
fixture(G, 'box_sizing_border_box_percent_width', div('width: 300px;', div('width: 50%; height: 20px; padding: 0 20px; box-sizing: border-box;')))
fixture(G, 'box_sizing_border_box_min_width', div('width: 300px;', div('width: 10px; min-width: 100px; height: 20px; padding: 0 20px; box-sizing: border-box;')))
fixture(G, 'box_sizing_content_box_max_width', div('width: 300px;', div('max-width: 100px; height: 20px; padding: 0 20px;')))

# --- min / max -----------------------------------------------------------------------------------
fixture(G, 'min_width_larger_than_width_wins', div('width: 300px;', box(50, 20, 'min-width: 100px;')))
fixture(G, 'max_width_smaller_than_width_wins', div('width: 300px;', box(150, 20, 'max-width: 100px;')))
fixture(G, 'max_width_limits_auto_width', div('width: 300px;', div('max-width: 120px; height: 20px;')))
fixture(G, 'min_width_raises_auto_width_above_parent', div('width: 100px;', div('min-width: 150px; height: 20px;')))
fixture(G, 'min_height_raises_auto_height', div('width: 100px;', div('min-height: 50px;', h(20))))
fixture(G, 'max_height_limits_auto_height_and_content_overflows', div('width: 100px;', div('max-height: 30px;', h(50)), h(10)))
fixture(G, 'min_width_wins_over_max_width', div('width: 300px;', box(50, 20, 'min-width: 100px; max-width: 80px;')))
fixture(G, 'min_height_wins_over_max_height', div('width: 300px;', box(50, 20, 'min-height: 60px; max-height: 40px;')))
fixture(G, 'percent_max_width_of_parent', div('width: 300px;', div('max-width: 50%; height: 20px;')))
fixture(G, 'percent_min_height_of_definite_parent', div('width: 300px; height: 100px;', div('min-height: 40%;')))

# --- auto horizontal margins ---------------------------------------------------------------------
fixture(G, 'margin_auto_centres_fixed_width_block', div('width: 300px;', box(100, 20, 'margin: 0 auto;')))
fixture(G, 'margin_left_auto_right_aligns_block', div('width: 300px;', box(100, 20, 'margin-left: auto;')))
fixture(G, 'margin_right_auto_keeps_block_left', div('width: 300px;', box(100, 20, 'margin-right: auto;')))
fixture(G, 'margin_auto_with_max_width_centres', div('width: 300px;', div('max-width: 100px; height: 20px; margin: 0 auto;')))
fixture(G, 'margin_auto_on_auto_width_block_is_zero', div('width: 300px;', div('height: 20px; margin: 0 auto;')))
fixture(G, 'margin_auto_on_overflowing_block_is_zero', div('width: 100px;', box(150, 20, 'margin: 0 auto;')))
fixture(G, 'margin_auto_centring_respects_parent_padding', div('width: 300px; padding-left: 50px;', box(100, 20, 'margin: 0 auto;')))
fixture(G, 'margin_negative_left_pulls_block_out', div('width: 300px;', h(20, 'margin-left: -20px;')))
fixture(G, 'margin_negative_right_widens_auto_block', div('width: 300px;', h(20, 'margin-right: -30px;')))
fixture(G, 'margin_auto_vertical_is_zero_in_flow', div('width: 300px; height: 200px;', box(100, 20, 'margin: auto;')))

# --- margin collapsing: siblings -----------------------------------------------------------------
for a, b in [(10, 20), (20, 10), (15, 15), (-10, 20), (20, -10), (-10, -20), (0, 25), (-5, 0)]:
    n = f'{a}_and_{b}'.replace('-', 'minus_')
    fixture(G, f'margin_collapse_between_siblings_{n}', div('width: 200px;', h(20, f'margin-bottom: {a}px;'), h(20, f'margin-top: {b}px;')))
fixture(G, 'margin_collapse_three_way_through_empty_sibling', div('width: 200px;', h(20, 'margin-bottom: 10px;'), div('margin: 30px 0 15px;'), h(20, 'margin-top: 20px;')))
fixture(G, 'margin_collapse_empty_block_with_negative_margins', div('width: 200px;', h(20, 'margin-bottom: 10px;'), div('margin: -20px 0 5px;'), h(20)))
fixture(G, 'margin_collapse_empty_block_with_height_does_not_collapse_through', div('width: 200px;', h(20, 'margin-bottom: 10px;'), div('height: 1px; margin: 30px 0;'), h(20)))
fixture(G, 'margin_collapse_empty_block_with_padding_does_not_collapse_through', div('width: 200px;', h(20, 'margin-bottom: 10px;'), div('padding-top: 1px; margin: 30px 0;'), h(20)))
fixture(G, 'margin_collapse_empty_block_with_min_height_does_not_collapse_through', div('width: 200px;', h(20, 'margin-bottom: 10px;'), div('min-height: 5px; margin: 30px 0;'), h(20)))
fixture(G, 'margin_collapse_skips_display_none_sibling', div('width: 200px;', h(20, 'margin-bottom: 10px;'), h(20, 'display: none;'), h(20, 'margin-top: 30px;')))
fixture(G, 'margin_collapse_not_across_flex_container_sibling_boundary', div('width: 200px;', h(20, 'margin-bottom: 10px;'), div('display: flex; height: 20px; margin-top: 30px;'), h(20, 'margin-top: 5px;')))
fixture(G, 'margin_collapse_many_siblings', div('width: 200px;', *[h(10, 'margin: 10px 0;') for _ in range(5)]))

# --- margin collapsing: parent and children ------------------------------------------------------
fixture(G, 'margin_collapse_first_child_top_through_parent', div('width: 200px;', h(10), div('margin-top: 10px;', h(20, 'margin-top: 25px;'))))
fixture(G, 'margin_collapse_last_child_bottom_through_parent', div('width: 200px;', div('margin-bottom: 10px;', h(20, 'margin-bottom: 25px;')), h(10)))
fixture(G, 'margin_collapse_through_root_moves_root_down', div('width: 200px;', h(20, 'margin-top: 15px;')))
fixture(G, 'margin_collapse_through_nested_parents', div('width: 200px;', h(5), div('', div('', h(20, 'margin-top: 30px;')))))
fixture(G, 'margin_collapse_prevented_by_parent_padding_top', div('width: 200px;', h(10), div('padding-top: 1px;', h(20, 'margin-top: 25px;'))))
fixture(G, 'margin_collapse_prevented_by_parent_border_top', div('width: 200px;', h(10), div('border-top: 2px solid black;', h(20, 'margin-top: 25px;'))))
fixture(G, 'margin_collapse_prevented_by_parent_padding_bottom', div('width: 200px;', div('padding-bottom: 1px;', h(20, 'margin-bottom: 25px;')), h(10)))
fixture(G, 'margin_collapse_bottom_prevented_by_parent_height', div('width: 200px;', div('height: 30px;', h(20, 'margin-bottom: 25px;')), h(10)))
fixture(G, 'margin_collapse_prevented_by_overflow_hidden_parent', div('width: 200px;', h(10), div('overflow: hidden;', h(20, 'margin-top: 25px;'), h(20, 'margin-bottom: 15px;')), h(10)))
fixture(G, 'margin_collapse_prevented_in_flex_item', div('display: flex; width: 200px;', div('width: 100px;', h(20, 'margin-top: 25px;'))))
fixture(G, 'margin_collapse_prevented_by_inline_block_parent', div('width: 200px; font-size: 0;', div('display: inline-block; width: 100px;', h(20, 'margin-top: 25px;'))))
fixture(G, 'margin_collapse_prevented_by_absolute_parent', div('width: 200px; height: 100px; position: relative;', div('position: absolute; top: 0; left: 0; width: 100px;', h(20, 'margin-top: 25px;'))))
fixture(G, 'margin_collapse_negative_child_through_positive_parent', div('width: 200px;', h(10), div('margin-top: 20px;', h(20, 'margin-top: -5px;'))))
fixture(G, 'margin_collapse_parent_and_child_both_negative', div('width: 200px;', h(30), div('margin-top: -10px;', h(20, 'margin-top: -15px;'))))
fixture(G, 'margin_collapse_empty_first_child_then_content', div('width: 200px;', h(10), div('', div('margin: 10px 0;'), h(20, 'margin-top: 5px;'))))
fixture(G, 'margin_collapse_parent_bottom_with_next_sibling_top', div('width: 200px;', div('', h(20, 'margin-bottom: 15px;')), h(20, 'margin-top: 10px;')))
fixture(G, 'margin_collapse_padding_on_root_keeps_child_margin_inside', div('width: 200px; padding-top: 5px;', h(20, 'margin-top: 15px;')))
fixture(G, 'margin_collapse_root_bottom_margin_stays_inside_height', div('width: 200px; border-bottom: 1px solid black;', h(20, 'margin-bottom: 15px;')))

# --- block formatting contexts and other display types in flow -----------------------------------
fixture(G, 'overflow_hidden_block_is_laid_out_in_flow', div('width: 200px;', h(20), div('overflow: hidden; height: 30px;'), h(20)))
fixture(G, 'overflow_scroll_block_reports_content_size', div('width: 200px;', div('overflow: scroll; height: 50px;', h(40), h(40, 'width: 300px;'))))
fixture(G, 'overflow_auto_block_with_padding_reports_content_size', div('width: 200px;', div('overflow: auto; height: 50px; padding: 10px;', h(80))))
fixture(G, 'overflow_hidden_auto_height_contains_child_margins', div('width: 200px;', div('overflow: hidden;', h(20, 'margin: 10px 0;'))))
fixture(G, 'flex_container_in_block_flow_collapses_its_own_margins_with_siblings', div('width: 200px;', h(20, 'margin-bottom: 20px;'), div('display: flex; height: 20px; margin: 10px 0;'), h(20, 'margin-top: 30px;')))
fixture(G, 'flex_container_in_block_flow_stretches', div('width: 200px;', div('display: flex; margin: 0 10px;', box(30, 30))))
fixture(G, 'block_inside_flex_item_stretches_to_item_width', div('display: flex; width: 200px;', div('flex-grow: 1;', h(20), h(30))))
fixture(G, 'display_none_block_takes_no_space', div('width: 200px;', h(20), h(50, 'display: none;'), h(20)))
fixture(G, 'display_none_block_children_get_empty_boxes', div('width: 200px;', div('display: none;', h(50)), h(20)))
fixture(G, 'relative_block_offsets_from_flow_position', div('width: 200px;', h(20), h(20, 'position: relative; top: 10px; left: 15px;'), h(20)))
fixture(G, 'relative_block_bottom_right_offsets', div('width: 200px;', h(20, 'position: relative; bottom: 10px; right: 15px;'), h(20)))
fixture(G, 'relative_block_percent_offsets', div('width: 200px; height: 100px;', h(20, 'position: relative; top: 10%; left: 10%;')))
fixture(G, 'relative_block_does_not_move_siblings', div('width: 200px;', h(20, 'position: relative; top: 50px;'), h(20)))
fixture(G, 'block_with_aspect_ratio_height_from_width', div('width: 200px;', div('aspect-ratio: 4;')))
fixture(G, 'block_with_aspect_ratio_and_fixed_width', div('width: 200px;', div('width: 100px; aspect-ratio: 2;')))
fixture(G, 'block_with_aspect_ratio_and_height_takes_width_from_ratio', div('width: 200px;', div('height: 20px; aspect-ratio: 2;')))
fixture(G, 'block_fractional_heights_accumulate', div('width: 200px;', h(10.3), h(10.3), h(10.3)))
fixture(G, 'block_fractional_widths_are_kept', div('width: 100.5px;', div('width: 33.33%; height: 10px;')))
fixture(G, 'block_children_of_fixed_height_parent_overflow_bottom', div('width: 200px; height: 20px; padding: 5px;', h(40)))
fixture(G, 'block_margin_top_of_first_child_inside_bordered_root', div('width: 200px; border: 1px solid black;', h(20, 'margin-top: 20px;'), h(20, 'margin-top: 20px;')))
fixture(G, 'block_margins_on_all_sides', div('width: 200px; border: 1px solid black;', h(20, 'margin: 5px 10px 15px 20px;'), h(20)))
fixture(G, 'block_percent_width_with_margins_does_not_stretch', div('width: 200px;', div('width: 50%; height: 20px; margin-left: 10px;')))
fixture(G, 'block_nested_percent_widths_multiply', div('width: 200px;', div('width: 50%;', div('width: 50%; height: 20px;'))))
fixture(G, 'block_with_border_only_on_left', div('width: 200px;', h(20, 'border-left: 10px solid black;')))
fixture(G, 'block_padding_top_and_bottom_add_to_height', div('width: 200px;', div('padding: 15px 0 5px;', h(10))))

# --- more collapsing and flow interactions -------------------------------------------------------
fixture(G, 'margin_collapse_height_zero_block_collapses_through', div('width: 200px;', h(20, 'margin-bottom: 10px;'), div('height: 0; margin: 25px 0;'), h(20)))
fixture(G, 'margin_collapse_nested_empty_blocks_collapse_through', div('width: 200px;', h(20, 'margin-bottom: 10px;'), div('margin: 5px 0;', div('margin: 30px 0;')), h(20)))
fixture(G, 'margin_collapse_bottom_with_parent_min_height', div('width: 200px;', div('min-height: 10px;', h(20, 'margin-bottom: 25px;')), h(10)))
fixture(G, 'margin_collapse_overflow_hidden_block_collapses_with_siblings', div('width: 200px;', h(20, 'margin-bottom: 20px;'), div('overflow: hidden; height: 20px; margin-top: 30px;'), h(20)))
fixture(G, 'margin_collapse_not_through_absolute_sibling', div('width: 200px; position: relative;', h(20, 'margin-bottom: 20px;'), div('position: absolute; width: 10px; height: 10px;'), h(20, 'margin-top: 30px;')))
fixture(G, 'margin_collapse_relative_child_keeps_collapsed_position', div('width: 200px;', h(20, 'margin-bottom: 20px;'), h(20, 'margin-top: 30px; position: relative; top: 5px;')))
fixture(G, 'margin_collapse_first_child_negative_inside_padded_parent', div('width: 200px; padding-top: 10px;', h(20, 'margin-top: -15px;')))
fixture(G, 'margin_collapse_flex_container_own_margin_with_parent', div('width: 200px;', h(10), div('', div('display: flex; height: 20px; margin-top: 25px;'))))
fixture(G, 'margin_collapse_child_of_flex_container_stays_inside', div('width: 200px;', h(10), div('display: flex; flex-direction: column;', h(20, 'margin-top: 25px;'))))
fixture(G, 'margin_collapse_percent_margins_collapse_too', div('width: 200px;', h(20, 'margin-bottom: 10%;'), h(20, 'margin-top: 5%;')))
fixture(G, 'block_flex_child_with_fixed_width_and_auto_margins_centres', div('width: 300px;', div('display: flex; width: 100px; height: 20px; margin: 0 auto;')))
fixture(G, 'block_inside_inline_block_stretches_to_its_width', div('width: 300px; font-size: 0;', div('display: inline-block; width: 120px;', h(20), h(20, 'margin: 0 10px;'))))
fixture(G, 'block_aspect_ratio_with_min_height', div('width: 200px;', div('aspect-ratio: 10; min-height: 40px;')))
fixture(G, 'block_aspect_ratio_with_max_width', div('width: 200px;', div('aspect-ratio: 2; max-width: 100px;')))
fixture(G, 'block_percent_height_in_absolute_parent_with_insets', div('position: relative; width: 200px; height: 100px;', div('position: absolute; top: 0; bottom: 0; left: 0; width: 50px;', div('height: 50%;'))))
fixture(G, 'block_child_with_max_width_percent_and_auto_margins', div('width: 300px;', div('max-width: 50%; height: 20px; margin: 0 auto;')))
fixture(G, 'block_in_overflow_scroll_parent_keeps_margins_inside', div('width: 200px;', div('overflow: scroll; height: 100px;', h(20, 'margin: 30px 0;'))))

# --- intrinsic widths of shrink-to-fit blocks ------------------------------------------------------
fixture(G, 'shrink_to_fit_block_uses_widest_block_child', div('position: relative; width: 300px; height: 100px;', div('position: absolute;', box(80, 10), div('width: 120px; height: 10px; margin-left: 15px;'))))
fixture(G, 'shrink_to_fit_block_with_auto_width_grandchildren', div('position: relative; width: 300px; height: 100px;', div('position: absolute;', div('padding: 0 10px;', box(90, 10)))))
fixture(G, 'shrink_to_fit_block_capped_by_available_width_for_inline_run', div('position: relative; width: 150px; height: 100px; font-size: 0;', div('position: absolute;', *[div('display: inline-block; width: 60px; height: 10px;') for _ in range(3)])))
fixture(G, 'shrink_to_fit_block_with_percent_child', div('position: relative; width: 300px; height: 100px;', div('position: absolute;', box(100, 10), div('width: 50%; height: 10px;'))))
